package fr.paris.teleservices.portal.domiciliation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a person declares to ask for a domiciliation. Only the name and the link with Paris are
 * required: an identity document may be attached but never required; a phone only if they have one.
 *
 * @param phone a mobile number in E.164, or null
 * @param smsAllowed whether they accept SMS (mail arrived, renewal due); ignored without a phone
 * @param language the language they prefer to be spoken to and written to in
 * @param otherContact how to reach them otherwise (a social worker, an association, a day centre)
 * @param identityDocumentId a vault document, or null
 */
public record DomiciliationRequest(
    String familyName,
    String givenNames,
    LocalDate birthDate,
    String birthPlace,
    CommuneLink communeLink,
    String communeLinkDetails,
    String phone,
    boolean smsAllowed,
    String language,
    String otherContact,
    String identityDocumentId) {

  public DomiciliationRequest {
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(givenNames, "givenNames");
    Objects.requireNonNull(communeLink, "communeLink");
    Objects.requireNonNull(language, "language");
  }
}
