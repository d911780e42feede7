package fr.paris.teleservices.vault.sharing;

/** Whom a share is for. */
public enum GranteeKind {
  /** One named social worker. */
  SOCIAL_WORKER,
  /** Every social worker of a structure (EPS): useful when the usager does not know who instructs. */
  STRUCTURE
}
