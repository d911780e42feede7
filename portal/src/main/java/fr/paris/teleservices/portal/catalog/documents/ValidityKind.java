package fr.paris.teleservices.portal.catalog.documents;

/** How a document's dates are checked against the day a request is submitted. */
public enum ValidityKind {
  /** Any date: an identity card is accepted even when expired (Règlement municipal checklist). */
  ANY,
  /** Not expired on the day of submission (a residence permit, a domiciliation attestation). */
  CURRENT,
  /** Issued at most N months before the day of submission. */
  ISSUED_WITHIN_MONTHS,
  /**
   * A tax notice on the income of one of the last N years before the year of submission: with
   * N = 2, a request filed in 2025 accepts the notices on 2024 and 2023 income (the 2024 notice
   * only arrives in the summer of 2025).
   */
  TAX_YEAR
}
