package fr.paris.teleservices.portal.mandate;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.vault.VaultActors;
import fr.paris.teleservices.portal.vault.VaultSetup;
import fr.paris.teleservices.portal.web.SafeLog;
import fr.paris.teleservices.vault.VaultException;
import fr.paris.teleservices.vault.access.ActorKind;
import fr.paris.teleservices.vault.document.DocumentSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Everything agents did for a usager, from every record that holds it: the mandate journal (consent,
 * end, account actions), the requests' histories and the domiciliation's (kept with the agent and
 * "on behalf of"), and the vault's journal (kept with the mandate). What the usager reads as "what
 * agents did for me".
 */
@ApplicationScoped
public class AgentActions {

  private static final Logger LOG = Logger.getLogger(AgentActions.class.getName());
  private static final int LIMIT = 200;

  /** Where a line comes from. */
  public enum Source {
    MANDATE,
    REQUEST,
    DOMICILIATION,
    DOCUMENT
  }

  /**
   * One thing an agent did, or that happened to a mandate.
   *
   * @param code what happened: a journal action, a request state, a domiciliation action or a vault action
   * @param reference a request or domiciliation number, a document's file name, or a short detail
   */
  public record Line(Instant at, Source source, String agentName, String structureName, String code, String reference) {}

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject MandateService mandates;
  @Inject VaultSetup vault;

  /** The usager's lines, newest first. */
  public List<Line> of(Account usager) {
    List<Line> lines = new ArrayList<>();
    for (MandateJournalEntry entry : mandates.journal(usager.getPublicId(), LIMIT)) {
      lines.add(
          new Line(
              entry.getOccurredAt(), Source.MANDATE, entry.getAgentName(), entry.getStructureName(),
              entry.getAction().name(), entry.getDetail()));
    }
    lines.addAll(rows(
        "SELECT h.occurred_at, h.actor_name, h.to_state, d.number FROM dossier_history h"
            + " JOIN dossier d ON d.id = h.dossier_id WHERE h.on_behalf_of = ?1 ORDER BY h.occurred_at DESC LIMIT ?2",
        usager.getPublicId(), Source.REQUEST));
    lines.addAll(rows(
        "SELECT h.occurred_at, h.actor_name, h.action, d.number FROM domiciliation_history h"
            + " JOIN domiciliation d ON d.id = h.domiciliation_id WHERE h.on_behalf_of = ?1"
            + " ORDER BY h.occurred_at DESC LIMIT ?2",
        usager.getPublicId(), Source.DOMICILIATION));
    lines.addAll(documents(usager));
    lines.sort(Comparator.comparing(Line::at).reversed());
    return lines.size() > LIMIT ? lines.subList(0, LIMIT) : lines;
  }

  private List<Line> rows(String sql, String usagerPublicId, Source source) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, usagerPublicId).setParameter(2, LIMIT).getResultList();
    return rows.stream()
        .map(r -> new Line(instant(r[0]), source, (String) r[1], null, (String) r[2], (String) r[3]))
        .toList();
  }

  /** What agents did in the vault, from its hash-chained journal. */
  private List<Line> documents(Account usager) {
    try {
      var owner = VaultActors.usager(usager);
      Map<String, String> names =
          vault.vault().documents(owner).stream().collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::fileName, (a, b) -> a));
      return vault.vault().journal(owner, 0, LIMIT).stream()
          .filter(e -> e.actorKind() == ActorKind.AGENT)
          .map(e -> new Line(e.occurredAt(), Source.DOCUMENT, e.actorName(), null, e.action().name(),
              e.documentId() == null ? null : names.getOrDefault(e.documentId(), "")))
          .toList();
    } catch (VaultException unavailable) {
      LOG.warning(() -> "Vault journal unavailable for the agents' actions: " + SafeLog.describe(unavailable));
      return List.of();
    }
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    return Timestamp.valueOf((java.time.LocalDateTime) value).toInstant();
  }
}
