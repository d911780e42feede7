package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.dossier.Acting;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.journal.JournalEntry;
import fr.paris.teleservices.vault.journal.JournalVerification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Qui a ouvert mes documents, et quand": the vault's journal, newest first, a page at a time, and
 * whether its hash chain is intact (SECURITY 2, 3, 9).
 */
@Named
@RequestScoped
public class MyJournal {

  static final int PAGE_SIZE = 20;

  @Inject VaultSetup vault;
  @Inject Acting acting;

  private int page;
  private List<JournalEntry> entries;
  private boolean more;
  private JournalVerification verification;
  private Map<String, String> names;

  public List<JournalEntry> getEntries() {
    if (entries == null) {
      List<JournalEntry> fetched = vault.vault().journal(actor(), page * PAGE_SIZE, PAGE_SIZE + 1);
      more = fetched.size() > PAGE_SIZE;
      entries = more ? fetched.subList(0, PAGE_SIZE) : fetched;
    }
    return entries;
  }

  /** Whether older entries follow this page. */
  public boolean isMore() {
    getEntries();
    return more;
  }

  public JournalVerification getVerification() {
    if (verification == null) {
      verification = vault.vault().verifyJournal(actor(), UsagerSide.ownerId(acting));
    }
    return verification;
  }

  /** The document's current name, or null when it has been deleted since. */
  public String documentName(String documentId) {
    if (names == null) {
      names = new HashMap<>();
      for (DocumentSummary d : vault.vault().documents(actor())) {
        names.put(d.id(), d.fileName());
      }
    }
    return documentId == null ? null : names.get(documentId);
  }

  private Actor actor() {
    return UsagerSide.actor(acting);
  }

  public int getPage() {
    return page;
  }

  /** The page number of {@code ?page=}; nonsense counts as the first page. */
  public void setPage(int page) {
    this.page = Math.max(0, Math.min(page, 100_000));
  }
}
