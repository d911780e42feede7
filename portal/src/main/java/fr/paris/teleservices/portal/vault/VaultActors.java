package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.dossier.Actor;
import fr.paris.teleservices.vault.access.Actor.Administrator;
import fr.paris.teleservices.vault.access.Actor.Agent;
import fr.paris.teleservices.vault.access.Actor.SocialWorker;
import fr.paris.teleservices.vault.access.Actor.Usager;

/** The vault's view of who acts, from the portal's accounts (and mandates, for agents). */
public final class VaultActors {

  private VaultActors() {}

  public static Usager usager(Account usager) {
    return new Usager(usager.getPublicId(), usager.getDisplayName());
  }

  public static SocialWorker socialWorker(Account worker) {
    return new SocialWorker(
        worker.getPublicId(),
        worker.getDisplayName(),
        worker.getStructure().getCode(),
        worker.getStructure().getName());
  }

  public static Agent agent(Account agent, String usagerPublicId, String mandateId) {
    return new Agent(agent.getPublicId(), agent.getDisplayName(), usagerPublicId, mandateId);
  }

  public static Administrator administrator(Account admin) {
    return new Administrator(admin.getPublicId(), admin.getDisplayName());
  }

  /** The vault actor for a portal actor acting on the usager's own documents. */
  public static fr.paris.teleservices.vault.access.Actor forUsagerSide(Actor actor, String usagerName, String mandateId) {
    return actor.onBehalfOf() == null
        ? new Usager(actor.id(), actor.name())
        : new Agent(actor.id(), actor.name(), actor.onBehalfOf(), mandateId);
  }
}
