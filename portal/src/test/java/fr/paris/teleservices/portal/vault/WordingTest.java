package fr.paris.teleservices.portal.vault;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.i18n.Messages;
import fr.paris.teleservices.vault.access.ActorKind;
import fr.paris.teleservices.vault.journal.JournalAction;
import fr.paris.teleservices.vault.journal.JournalEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final Wording FRENCH = new Wording(Messages.of("fr"), TODAY);
  private static final Map<String, String> STRUCTURES = Map.of("EPS-13", "Espace Parisien des Solidarités du 13e");

  @Test
  void sizesAreWrittenInTheReadersLanguage() {
    assertThat(FRENCH.size(1)).isEqualTo("1 octet");
    assertThat(FRENCH.size(820)).isEqualTo("820 octets");
    assertThat(FRENCH.size(1536)).isEqualTo("1,5 Ko");
    assertThat(FRENCH.size(20L * 1024 * 1024)).isEqualTo("20 Mo");
    assertThat(FRENCH.size(500L * 1024 * 1024 + 300 * 1024)).isEqualTo("500,3 Mo");
    assertThat(new Wording(Messages.of("en"), TODAY).size(1536)).isEqualTo("1.5 KB");
    assertThat(new Wording(Messages.of("ar"), TODAY).size(2L * 1024 * 1024)).contains("ميغابايت");
  }

  @Test
  void validityCountsTheDaysLeftWithPluralRules() {
    assertThat(FRENCH.validityText(null)).isEmpty();
    assertThat(FRENCH.validity(null)).isEqualTo(Wording.Validity.NONE);
    assertThat(FRENCH.validityText(TODAY.plusDays(12))).isEqualTo("Expire dans 12 jours");
    assertThat(FRENCH.validityText(TODAY.plusDays(1))).isEqualTo("Expire dans 1 jour");
    assertThat(FRENCH.validityText(TODAY)).isEqualTo("Expire aujourd’hui");
    assertThat(FRENCH.validityText(TODAY.minusDays(1))).isEqualTo("Expiré");
    assertThat(FRENCH.validity(TODAY.plusDays(30))).isEqualTo(Wording.Validity.EXPIRES_SOON);
    assertThat(FRENCH.validity(TODAY.plusDays(31))).isEqualTo(Wording.Validity.VALID);
    assertThat(FRENCH.validity(TODAY.minusDays(1))).isEqualTo(Wording.Validity.EXPIRED);
    assertThat(new Wording(Messages.of("ar"), TODAY).validityText(TODAY.plusDays(2))).isEqualTo("تنتهي صلاحيتها بعد يومين");
  }

  @Test
  void theJournalSaysWhoActedAsTheUsagerReadsIt() {
    assertThat(FRENCH.who(entry(ActorKind.USAGER, "owner-1", "Amina Benali", null, JournalAction.DEPOSIT, null), STRUCTURES))
        .isEqualTo("Vous");
    assertThat(FRENCH.who(entry(ActorKind.SOCIAL_WORKER, "worker-1", "Claire Martin", "EPS-13", JournalAction.VIEW, null), STRUCTURES))
        .isEqualTo("\u2068Claire Martin\u2069 (\u2068Espace Parisien des Solidarités du 13e\u2069)");
    assertThat(FRENCH.who(entry(ActorKind.AGENT, "agent-1", "Karim Diallo", null, JournalAction.DOWNLOAD, null), STRUCTURES))
        .isEqualTo("\u2068Karim Diallo\u2069, agent, pour vous");
    assertThat(FRENCH.who(entry(ActorKind.ADMINISTRATOR, "admin-1", "Sophie Laurent", null, JournalAction.INTEGRITY_FAILURE, null), STRUCTURES))
        .isEqualTo("Le service (contrôle automatique)");
  }

  @Test
  void sharesSayWithWhomWhenTheJournalKnowsIt() {
    assertThat(FRENCH.what(entry(ActorKind.USAGER, "owner-1", "Amina", null, JournalAction.SHARE, "STRUCTURE")))
        .isEqualTo("Partage avec une structure");
    assertThat(FRENCH.what(entry(ActorKind.USAGER, "owner-1", "Amina", null, JournalAction.REVOKE, "SOCIAL_WORKER")))
        .isEqualTo("Partage retiré (travailleur social)");
    assertThat(FRENCH.what(entry(ActorKind.USAGER, "owner-1", "Amina", null, JournalAction.SHARE, "SOMETHING_NEW")))
        .isEqualTo("Partage");
    for (JournalAction action : JournalAction.values()) {
      assertThat(FRENCH.what(entry(ActorKind.USAGER, "owner-1", "Amina", null, action, null))).doesNotContain("???");
    }
  }

  private static JournalEntry entry(ActorKind kind, String actorId, String name, String structure, JournalAction action, String detail) {
    return new JournalEntry(
        "owner-1", 1, Instant.parse("2026-03-10T10:00:00Z"), action, kind, actorId, name, structure,
        kind == ActorKind.AGENT ? "owner-1" : null, kind == ActorKind.AGENT ? "mandate-1" : null, "doc-1", null, detail, "0", "1");
  }
}
