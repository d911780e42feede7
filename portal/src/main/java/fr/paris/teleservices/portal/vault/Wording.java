package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.i18n.Messages;
import fr.paris.teleservices.vault.journal.JournalAction;
import fr.paris.teleservices.vault.journal.JournalEntry;
import fr.paris.teleservices.vault.sharing.GranteeKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The vault's words for a person, in their language and from the bundles: sizes, how long a paper
 * stays valid, and who did what in the journal. Names written by people (of social workers, agents,
 * structures) are isolated with U+2068/U+2069, the plain-text equivalent of {@code <bdi>}, so that
 * an Arabic name does not reorder a French sentence or the other way round.
 */
public final class Wording {

  /** A paper that ends within this many days is flagged "expires soon". */
  static final int SOON_DAYS = 30;

  private static final long KIB = 1024;
  private static final long MIB = KIB * 1024;
  private static final long GIB = MIB * 1024;

  /** Where a document stands against its end of validity on a given day. */
  public enum Validity {
    NONE,
    VALID,
    EXPIRES_SOON,
    EXPIRED
  }

  private final Messages messages;
  private final LocalDate today;

  public Wording(Messages messages, LocalDate today) {
    this.messages = messages;
    this.today = today;
  }

  /** "820 octets", "1,5 Mo"… (binary multiples, as the limits are written). */
  public String size(long bytes) {
    if (bytes < KIB) {
      return messages.format("vault.size.bytes", bytes);
    }
    if (bytes < MIB) {
      return messages.format("vault.size.kb", (double) bytes / KIB);
    }
    if (bytes < GIB) {
      return messages.format("vault.size.mb", (double) bytes / MIB);
    }
    return messages.format("vault.size.gb", (double) bytes / GIB);
  }

  public Validity validity(LocalDate expiry) {
    if (expiry == null) {
      return Validity.NONE;
    }
    if (expiry.isBefore(today)) {
      return Validity.EXPIRED;
    }
    return ChronoUnit.DAYS.between(today, expiry) <= SOON_DAYS ? Validity.EXPIRES_SOON : Validity.VALID;
  }

  /** "Expire dans 12 jours", "Expiré"; empty when the paper has no end of validity. */
  public String validityText(LocalDate expiry) {
    return switch (validity(expiry)) {
      case NONE -> "";
      case EXPIRED -> messages.get("vault.validity.expired");
      case VALID, EXPIRES_SOON -> messages.format("vault.validity.expires-in", ChronoUnit.DAYS.between(today, expiry));
    };
  }

  /**
   * Who did it, as the usager reads it: "Vous", "Claire Martin — Espace Parisien des Solidarités du
   * 13e", "Karim Diallo, agent, pour vous", "L’administration du service".
   */
  public String who(JournalEntry entry, Map<String, String> structureNames) {
    return switch (entry.actorKind()) {
      case USAGER -> entry.actorId().equals(entry.ownerId())
          ? messages.get("vault.journal.who.you")
          : isolate(entry.actorName());
      case SOCIAL_WORKER -> messages.format(
          "vault.journal.who.worker",
          isolate(entry.actorName()),
          isolate(structureNames.getOrDefault(entry.actorStructureId(), entry.actorStructureId())));
      case AGENT -> messages.format("vault.journal.who.agent", isolate(entry.actorName()));
      case ADMINISTRATOR -> messages.get("vault.journal.who.administration");
    };
  }

  /** What was done: "Ouverture", "Partage avec une structure"… */
  public String what(JournalEntry entry) {
    JournalAction action = entry.action();
    String key = "vault.journal.action." + action.name();
    if ((action == JournalAction.SHARE || action == JournalAction.REVOKE) && isGranteeKind(entry.detail())) {
      key += "." + entry.detail();
    }
    return messages.get(key);
  }

  static String isolate(String name) {
    return name == null || name.isEmpty() ? "" : "\u2068" + name + "\u2069";
  }

  private static boolean isGranteeKind(String detail) {
    for (GranteeKind kind : GranteeKind.values()) {
      if (kind.name().equals(detail)) {
        return true;
      }
    }
    return false;
  }
}
