package fr.paris.teleservices.vault.access;

import fr.paris.teleservices.vault.VaultException;

/**
 * The actor's kind may never do this (an agent sharing, a social worker depositing…). Unlike a
 * document the actor cannot see, this reveals nothing about any vault's content, so it is a
 * distinct error the portal may show as "not allowed".
 */
public final class ActionNotAllowedException extends VaultException {

  public ActionNotAllowedException(ActorKind kind, String action) {
    super(kind + " may not " + action);
  }
}
