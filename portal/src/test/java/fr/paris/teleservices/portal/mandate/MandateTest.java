package fr.paris.teleservices.portal.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A mandate lets an agent act only once consented, only until it expires or is ended. */
class MandateTest {

  private final Instant now = Instant.parse("2026-03-02T09:00:00Z");
  private final Account agent = new Account(Role.AGENT, "Karim Diallo", "hash", "fr", now);
  private final Account usager = new Account(Role.USAGER, "Amina Benali", "hash", "fr", now);

  private Mandate mandate(Duration duration) {
    return new Mandate(agent, usager, Set.of(Scope.FILE_REQUESTS), duration, now, MandatePolicy.PENDING);
  }

  @Test
  void aMandateWaitingForConsentLetsNothingThrough() {
    Mandate mandate = mandate(Duration.ofHours(2));
    assertThat(mandate.getState()).isEqualTo(MandateState.PENDING);
    assertThat(mandate.isActiveAt(now)).isFalse();
    assertThat(mandate.getExpiresAt()).isEqualTo(now.plus(MandatePolicy.PENDING));
  }

  @Test
  void aConsentedMandateRunsForItsDurationFromTheConsent() {
    Mandate mandate = mandate(Duration.ofHours(2));
    Instant consent = now.plusSeconds(300);
    mandate.confirm(ConsentMethod.SMS_CODE, consent);
    assertThat(mandate.isActiveAt(consent.plusSeconds(60))).isTrue();
    assertThat(mandate.getExpiresAt()).isEqualTo(consent.plus(Duration.ofHours(2)));
    assertThat(mandate.isActiveAt(consent.plus(Duration.ofHours(2)).minusMillis(1))).isTrue();
    assertThat(mandate.isActiveAt(consent.plus(Duration.ofHours(2)))).as("expired").isFalse();
  }

  @Test
  void anEndedMandateLetsNothingThroughEvenBeforeItsTime() {
    Mandate mandate = mandate(Duration.ofHours(2));
    mandate.confirm(ConsentMethod.PASSWORD, now);
    mandate.close(MandateState.ENDED, Mandate.EndedBy.USAGER, now.plusSeconds(60));
    assertThat(mandate.isActiveAt(now.plusSeconds(61))).isFalse();
    assertThat(mandate.getEndedBy()).isEqualTo(Mandate.EndedBy.USAGER);
  }

  @Test
  void everyMandateMayViewAndOnlyTheChosenScopesAreAdded() {
    Mandate mandate = mandate(Duration.ofHours(2));
    assertThat(mandate.getScopes()).containsExactlyInAnyOrder(Scope.VIEW_REQUESTS, Scope.FILE_REQUESTS);
    assertThat(mandate.allows(Scope.ADD_DOCUMENTS)).isFalse();
    assertThat(Scope.parse(Scope.format(EnumSet.of(Scope.ADD_DOCUMENTS))))
        .containsExactlyInAnyOrder(Scope.VIEW_REQUESTS, Scope.ADD_DOCUMENTS);
    assertThat(Scope.parse(null)).containsExactly(Scope.VIEW_REQUESTS);
  }

  @Test
  void aVisitLastsTwoHoursByDefaultAndNeverMoreThanADay() {
    assertThat(MandatePolicy.duration(null)).isEqualTo(Duration.ofHours(2));
    assertThat(MandatePolicy.duration(240)).isEqualTo(Duration.ofHours(4));
    assertThat(MandatePolicy.duration(60 * 72)).isEqualTo(Duration.ofHours(24));
    assertThat(MandatePolicy.duration(1)).isEqualTo(Duration.ofMinutes(15));
    assertThat(MandatePolicy.CHOICES).allSatisfy(m -> assertThat(Duration.ofMinutes(m)).isLessThanOrEqualTo(MandatePolicy.MAX));
  }
}
