package fr.paris.teleservices.portal.domiciliation;

/** Why a domiciliation is refused (DomiFa {@code MOTIFS_REFUS_LABELS}). A refusal is always written and reasoned. */
public enum RefusalReason {
  /** Outside the public the structure is approved for (DomiFa HORS_AGREMENT). */
  OUTSIDE_APPROVED_PUBLIC,
  /** No link with the commune (LIEN_COMMUNE). */
  NO_LINK_WITH_COMMUNE,
  /** The structure's maximum capacity is reached (SATURATION). */
  CAPACITY_REACHED,
  /** Another reason, written in the details (AUTRE). */
  OTHER
}
