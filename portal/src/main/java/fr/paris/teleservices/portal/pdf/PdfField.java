package fr.paris.teleservices.portal.pdf;

import java.util.Objects;

/**
 * One "label : value" row of {@link PdfDocument#fields}. Wrap identifiers, dates written with
 * digits, phone numbers and e-mail addresses in {@link Pdf#ltr} so that they keep their
 * left-to-right order inside Arabic, Persian or Urdu text.
 *
 * @param label e.g. "Numéro de la demande"
 * @param value e.g. {@code Pdf.ltr("2026-000123")}
 */
public record PdfField(String label, String value) {

  public PdfField {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
  }
}
