package fr.paris.teleservices.portal.domiciliation;

import static fr.paris.teleservices.portal.domiciliation.DomiciliationState.ENDED;
import static fr.paris.teleservices.portal.domiciliation.DomiciliationState.GRANTED;
import static fr.paris.teleservices.portal.domiciliation.DomiciliationState.INTERVIEW;
import static fr.paris.teleservices.portal.domiciliation.DomiciliationState.RADIATED;
import static fr.paris.teleservices.portal.domiciliation.DomiciliationState.REJECTED;
import static fr.paris.teleservices.portal.domiciliation.DomiciliationState.RENEWAL_REQUESTED;
import static fr.paris.teleservices.portal.domiciliation.DomiciliationState.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The lifecycle: request → interview → decision → renewal → end or radiation, nothing else. */
class DomiciliationStateTest {

  @Test
  void aRequestIsDecidedOnlyAfterAnInterview() {
    assertThat(REQUESTED.canMoveTo(INTERVIEW)).isTrue();
    assertThat(REQUESTED.canMoveTo(GRANTED)).as("no grant without the interview").isFalse();
    assertThat(INTERVIEW.canMoveTo(GRANTED)).isTrue();
    assertThat(INTERVIEW.canMoveTo(REJECTED)).isTrue();
    assertThat(REQUESTED.canMoveTo(REJECTED)).as("a refusal may come without an interview (capacity)").isTrue();
  }

  @Test
  void aGrantedDomiciliationIsRenewedEndedOrRadiated() {
    assertThat(GRANTED.next()).containsExactlyInAnyOrder(RENEWAL_REQUESTED, ENDED, RADIATED);
    assertThat(RENEWAL_REQUESTED.next()).containsExactlyInAnyOrder(GRANTED, REJECTED, ENDED, RADIATED);
    assertThat(GRANTED.canMoveTo(REJECTED)).as("a granted one is radiated, not refused").isFalse();
  }

  @Test
  void aPendingRequestCannotBeRadiatedOnlyEnded() {
    assertThat(REQUESTED.canMoveTo(RADIATED)).isFalse();
    assertThat(INTERVIEW.canMoveTo(RADIATED)).isFalse();
    assertThat(REQUESTED.canMoveTo(ENDED)).isTrue();
  }

  @Test
  void refusedEndedAndRadiatedNeverMoveAgain() {
    for (DomiciliationState state : EnumSet.of(REJECTED, ENDED, RADIATED)) {
      assertThat(state.isFinal()).as(state.name()).isTrue();
      for (DomiciliationState target : DomiciliationState.values()) {
        assertThat(state.canMoveTo(target)).as(state + " → " + target).isFalse();
      }
    }
  }

  @Test
  void thePersonIsDomiciledWhileGrantedOrWaitingForARenewal() {
    assertThat(EnumSet.allOf(DomiciliationState.class).stream().filter(DomiciliationState::isDomiciled))
        .containsExactlyInAnyOrder(GRANTED, RENEWAL_REQUESTED);
    assertThat(EnumSet.allOf(DomiciliationState.class).stream().filter(DomiciliationState::acceptsAppointment))
        .containsExactlyInAnyOrder(REQUESTED, INTERVIEW, RENEWAL_REQUESTED);
  }

  @Test
  void eachEndReasonLeadsToEndedOrRadiated() {
    assertThat(EndReason.PERSON_REQUEST.target()).isEqualTo(ENDED);
    assertThat(EndReason.STABLE_HOUSING.target()).isEqualTo(ENDED);
    assertThat(EndReason.EXPIRED_WITHOUT_RENEWAL.target()).isEqualTo(ENDED);
    assertThat(EndReason.NO_CONTACT.target()).isEqualTo(RADIATED);
    assertThat(EndReason.NO_LONGER_LINKED.target()).isEqualTo(RADIATED);
    assertThat(EndReason.BREACH_OF_RULES.target()).isEqualTo(RADIATED);
  }
}
