package fr.paris.teleservices.vault.access;

/**
 * The rules that depend only on who acts. Rules that need data (does this share cover this
 * document?) are checked against the database by the services, with the same outcome for "absent"
 * and "not yours".
 */
public final class AccessPolicy {

  private AccessPolicy() {}

  /**
   * The vault whose documents the actor manages — deposit, list, read, rename, delete, export: the
   * usager's own, or, for an agent, the usager named in the mandate.
   */
  public static String managedVault(Actor actor, String action) {
    if (actor instanceof Actor.Usager usager) {
      return usager.ownerId();
    }
    if (actor instanceof Actor.Agent agent) {
      return agent.usagerId();
    }
    throw new ActionNotAllowedException(actor.kind(), action);
  }

  /**
   * The vault for decisions only its owner takes — sharing, revoking, closing the vault. A mandate
   * lets an agent help with papers, not hand them to third parties.
   */
  public static String ownVault(Actor actor, String action) {
    if (actor instanceof Actor.Usager usager) {
      return usager.ownerId();
    }
    throw new ActionNotAllowedException(actor.kind(), action);
  }

  public static void requireAdministrator(Actor actor, String action) {
    if (!(actor instanceof Actor.Administrator)) {
      throw new ActionNotAllowedException(actor.kind(), action);
    }
  }
}
