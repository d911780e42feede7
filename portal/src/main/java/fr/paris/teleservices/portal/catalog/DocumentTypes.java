package fr.paris.teleservices.portal.catalog;

import java.util.List;

/**
 * The document type codes the catalog may name, the same as the vault's {@code DocumentType}
 * constants. Kept as strings here so that the catalog does not depend on the vault's internals;
 * their names are the bundle keys {@code catalog.document.type.<CODE>}.
 */
public final class DocumentTypes {

  public static final List<String> ALL =
      List.of(
          "IDENTITY",
          "RESIDENCE_PERMIT",
          "PROOF_OF_ADDRESS",
          "TAX_NOTICE",
          "CAF_CERTIFICATE",
          "RENT_RECEIPT",
          "UTILITY_BILL",
          "BANK_DETAILS",
          "FAMILY_RECORD_BOOK",
          "HEALTH_INSURANCE_MEMBERSHIP",
          "MOBILITY_INCLUSION_CARD",
          "MEDICAL_CERTIFICATE",
          "DOMICILIATION_CERTIFICATE",
          "EMPLOYER_CERTIFICATE",
          "OTHER");

  private DocumentTypes() {}

  public static boolean isKnown(String code) {
    return ALL.contains(code);
  }
}
