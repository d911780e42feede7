package fr.paris.teleservices.portal.domiciliation;

import java.time.LocalDate;
import java.util.List;

/**
 * The postal address of a domicilié, to use in their other requests (aid forms, banks, CAF…): the
 * person's name, the structure, the person's number there, the street, the postcode and city.
 *
 * @param validUntil the last day of the current attestation
 */
public record DomiciliationAddress(
    String name, String structureName, String number, String street, String postcode, String city, LocalDate validUntil) {

  /** The lines as they are written on an envelope. */
  public List<String> lines() {
    return List.of(name, structureName + " — " + number, street, postcode + " " + city);
  }

  /** The address on one line, for a form field. */
  public String oneLine() {
    return String.join(", ", lines());
  }
}
