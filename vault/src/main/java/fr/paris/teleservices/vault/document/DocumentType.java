package fr.paris.teleservices.vault.document;

/**
 * Kinds of supporting document. The code ({@link #name()}) is what the database and the portal's
 * message keys use.
 */
public enum DocumentType {
  /** Pièce d'identité. */
  IDENTITY(false),
  /** Titre de séjour. */
  RESIDENCE_PERMIT(false),
  /** Justificatif de domicile. */
  PROOF_OF_ADDRESS(false),
  /** Avis d'imposition. */
  TAX_NOTICE(false),
  /** Attestation CAF. */
  CAF_CERTIFICATE(false),
  /** Quittance de loyer. */
  RENT_RECEIPT(false),
  /** Facture d'énergie ou de téléphone. */
  UTILITY_BILL(false),
  /** Relevé d'identité bancaire (RIB). */
  BANK_DETAILS(false),
  /** Livret de famille. */
  FAMILY_RECORD_BOOK(false),
  /** Attestation de mutuelle. */
  HEALTH_INSURANCE_MEMBERSHIP(false),
  /** Carte mobilité inclusion: reveals a disability. */
  MOBILITY_INCLUSION_CARD(true),
  /** Certificat médical. */
  MEDICAL_CERTIFICATE(true),
  /** Attestation de domiciliation. */
  DOMICILIATION_CERTIFICATE(false),
  /** Attestation employeur. */
  EMPLOYER_CERTIFICATE(false),
  OTHER(false);

  private final boolean revealsHealth;

  DocumentType(boolean revealsHealth) {
    this.revealsHealth = revealsHealth;
  }

  /**
   * Whether merely naming this type discloses a health condition or disability (GDPR art. 9 data).
   * Such types must never appear in logs or SMS; the vault logs no document type at all.
   */
  public boolean revealsHealth() {
    return revealsHealth;
  }
}
