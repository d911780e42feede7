package fr.paris.teleservices.portal.dossier;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;

/**
 * Who acts on a request: a usager, a social worker, an agent acting for a usager under a mandate,
 * or the system (the lapse job).
 *
 * @param id the account's public id, or "system"
 * @param name the name shown in histories
 * @param role the role of who acts
 * @param onBehalfOf for an agent: the public id of the usager they act for
 * @param structureId for staff: their structure
 */
public record Actor(String id, String name, Role role, String onBehalfOf, Long structureId) {

  public static final Actor SYSTEM = new Actor("system", "Téléservices", null, null, null);

  public static Actor of(Account account) {
    return new Actor(
        account.getPublicId(),
        account.getDisplayName(),
        account.getRole(),
        null,
        account.getStructure() == null ? null : account.getStructure().getId());
  }

  /** An agent acting for a usager, under a mandate the caller has checked. */
  public static Actor agentFor(Account agent, Account usager) {
    return new Actor(
        agent.getPublicId(),
        agent.getDisplayName(),
        Role.AGENT,
        usager.getPublicId(),
        agent.getStructure() == null ? null : agent.getStructure().getId());
  }

  /** The usager whose requests this actor may handle as their own. */
  public String usagerId() {
    return role == Role.AGENT ? onBehalfOf : (role == Role.USAGER ? id : null);
  }
}
