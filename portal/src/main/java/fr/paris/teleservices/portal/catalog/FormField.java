package fr.paris.teleservices.portal.catalog;

import fr.paris.teleservices.portal.catalog.eligibility.Question;
import java.util.List;

/**
 * A field of a procedure's request form. Its label is {@code catalog.field.<id>}, its options'
 * labels {@code catalog.field.<id>.option.<OPTION>}.
 *
 * @param min smallest value for INTEGER and MONEY, or {@code null}
 * @param max largest value for INTEGER and MONEY, or {@code null}
 * @param options the allowed values of a CHOICE, empty otherwise
 * @param prefill the questionnaire answer that fills the field when a request is started from the
 *     questionnaire, or {@code null}
 */
public record FormField(
    String id,
    FieldType type,
    boolean required,
    Integer min,
    Integer max,
    List<String> options,
    Question prefill) {

  public FormField {
    options = List.copyOf(options);
  }
}
