package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.dossier.Acting;
import fr.paris.teleservices.vault.access.Actor;

/**
 * The vault actor on the usager side: the usager, or an agent under a mandate — whose journal
 * entries then read "agent X for usager Y". Pages never build an actor any other way.
 */
final class UsagerSide {

  private UsagerSide() {}

  static Actor actor(Acting acting) {
    return VaultActors.forUsagerSide(acting.actor(), acting.usager().getDisplayName(), acting.mandateId());
  }

  /** Whether an agent acts (agents may look after papers, never share them or revoke a share). */
  static boolean agent(Acting acting) {
    return acting.actor().onBehalfOf() != null;
  }

  /** The public id of the usager whose vault this is. */
  static String ownerId(Acting acting) {
    return acting.usager().getPublicId();
  }
}
