package fr.paris.teleservices.vault.access;

/** The kinds of actor, as recorded in the journal. */
public enum ActorKind {
  USAGER,
  SOCIAL_WORKER,
  AGENT,
  ADMINISTRATOR
}
