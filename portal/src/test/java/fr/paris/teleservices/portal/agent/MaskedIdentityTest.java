package fr.paris.teleservices.portal.agent;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Before consent, an agent sees initials and the shape of the contacts: enough to recognise, nothing more. */
class MaskedIdentityTest {

  @Test
  void anAgentSeesInitialsTheLastDigitsAndTheShapeOfTheEmail() {
    Account account = new Account(Role.USAGER, "Amina Benali", "hash", "fr", Instant.now());
    account.setPhone("+33612345678");
    account.setEmail("amina.benali@example.org");
    MaskedIdentity masked = MaskedIdentity.of(account);
    assertThat(masked.initials()).isEqualTo("A. B.");
    assertThat(masked.phone()).endsWith("78").doesNotContain("12345678").doesNotContain("345");
    assertThat(masked.email()).isEqualTo("a•••@e•••.org");
    assertThat(masked.toString()).doesNotContain("Amina").doesNotContain("Benali").doesNotContain("benali");
  }

  @Test
  void initialsWorkInEveryScriptAndForComposedNames() {
    assertThat(MaskedIdentity.initials("فاطمة الزهراء")).isEqualTo("ف. ا.");
    assertThat(MaskedIdentity.initials("Jean-Pierre Martin")).isEqualTo("J. P. M.");
    assertThat(MaskedIdentity.initials(" ")).isEqualTo("•••");
  }

  @Test
  void nameCheckComparesTheWordsOfTheAccountWithTheDocument() {
    assertThat(NameCheck.matches("Amina Benali", "BENALI Amina")).isTrue();
    assertThat(NameCheck.matches("Amina Benali", "Benali Amina Fatima")).as("more given names on the document").isTrue();
    assertThat(NameCheck.matches("Léa Hébert", "LEA HEBERT")).as("accents and case").isTrue();
    assertThat(NameCheck.matches("Amina Benali", "Amina Traoré")).isFalse();
    assertThat(NameCheck.matches("Amina Benali", "")).isFalse();
  }
}
