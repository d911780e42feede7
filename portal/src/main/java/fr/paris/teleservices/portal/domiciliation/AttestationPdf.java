package fr.paris.teleservices.portal.domiciliation;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import fr.paris.teleservices.i18n.Direction;
import fr.paris.teleservices.i18n.Language;
import fr.paris.teleservices.i18n.Languages;
import fr.paris.teleservices.i18n.Messages;
import fr.paris.teleservices.portal.pdf.Pdf;
import fr.paris.teleservices.portal.pdf.PdfDocument;
import fr.paris.teleservices.portal.pdf.PdfField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The attestation d'élection de domicile as a PDF. It is shown to administrations, banks and
 * employers, so its body is always French; when the holder's language is another, a translation
 * of the same facts follows, marked as a help to read it. It carries what the Cerfa 16030*01
 * carries (the structure, the person, the address to use, the validity) but not the Cerfa's layout.
 */
final class AttestationPdf {

  private AttestationPdf() {}

  static byte[] render(
      Domiciliation domiciliation,
      Attestation attestation,
      DomiciliationAddress address,
      String structureName,
      Language holderLanguage) {
    Messages fr = Messages.of(Languages.reference());
    PdfDocument pdf =
        PdfDocument.a4(Languages.reference())
            .title(fr.get("attestation.pdf.title"))
            .note(fr.get("attestation.pdf.legal"));
    facts(pdf, fr, Direction.LTR, domiciliation, attestation, address, structureName);
    pdf.spacer()
        .paragraph(
            fr.format(
                "attestation.pdf.signed",
                Map.of("date", date(Languages.reference(), attestation.getIssuedAt()), "name", attestation.getIssuedByName())));
    if (!holderLanguage.code().equals(Languages.REFERENCE)) {
      Messages t = Messages.of(holderLanguage);
      Direction direction = holderLanguage.direction();
      pdf.spacer()
          .paragraph(t.get("attestation.pdf.translation.title"), direction)
          .note(t.get("attestation.pdf.translation.note"), direction);
      facts(pdf, t, direction, domiciliation, attestation, address, structureName);
    }
    return pdf.footer(fr.format("attestation.pdf.footer", Map.of("structure", address.structureName())))
        .documentTitle(fr.get("attestation.pdf.title") + " " + attestation.getNumber())
        .toBytes();
  }

  /** The headings, fields and statements, in one language. */
  private static void facts(
      PdfDocument pdf,
      Messages t,
      Direction direction,
      Domiciliation domiciliation,
      Attestation attestation,
      DomiciliationAddress address,
      String structureName) {
    Language language = t.language();
    List<PdfField> person = new ArrayList<>();
    person.add(new PdfField(t.get("attestation.pdf.family-name"), domiciliation.getFamilyName()));
    person.add(new PdfField(t.get("attestation.pdf.given-names"), domiciliation.getGivenNames()));
    if (domiciliation.getBirthDate() != null) {
      person.add(new PdfField(t.get("attestation.pdf.birth-date"), date(language, domiciliation.getBirthDate())));
    }
    if (domiciliation.getBirthPlace() != null) {
      person.add(new PdfField(t.get("attestation.pdf.birth-place"), domiciliation.getBirthPlace()));
    }
    String until = date(language, attestation.getValidUntil());
    pdf.paragraph(t.get("attestation.pdf.structure"), direction)
        .fields(
            List.of(
                new PdfField(t.get("attestation.pdf.structure-name"), structureName),
                new PdfField(
                    t.get("attestation.pdf.structure-address"),
                    Pdf.ltr(address.street() + ", " + address.postcode() + " " + address.city()))))
        .paragraph(t.get("attestation.pdf.person"), direction)
        .fields(person)
        .paragraph(t.get("attestation.pdf.election"), direction)
        .fields(
            List.of(
                new PdfField(t.get("attestation.pdf.number"), Pdf.ltr(attestation.getNumber())),
                new PdfField(t.get("attestation.pdf.domiciliation-number"), Pdf.ltr(domiciliation.getNumber())),
                new PdfField(t.get("attestation.pdf.address"), Pdf.ltr(address.oneLine())),
                new PdfField(t.get("attestation.pdf.from"), date(language, attestation.getValidFrom())),
                new PdfField(t.get("attestation.pdf.until"), until)))
        .paragraph(t.format("attestation.pdf.statement", Map.of("until", until)), direction)
        .paragraph(t.get("attestation.pdf.rights"), direction);
  }

  static String date(Language language, LocalDate date) {
    return date(language, date.atStartOfDay(DomiciliationRules.PARIS).toInstant());
  }

  static String date(Language language, Instant instant) {
    DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, language.uLocale());
    format.setTimeZone(TimeZone.getTimeZone(DomiciliationRules.PARIS.getId()));
    return format.format(Date.from(instant)); // in the language's own words and direction
  }
}
