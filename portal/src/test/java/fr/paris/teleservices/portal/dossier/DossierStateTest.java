package fr.paris.teleservices.portal.dossier;

import static fr.paris.teleservices.portal.dossier.DossierState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DossierStateTest {

  @Test
  void theLifecycleOfDomainMdIsAllowed() {
    assertThat(DRAFT.canMoveTo(SUBMITTED)).isTrue();
    assertThat(DRAFT.canMoveTo(INCOMPLETE)).isTrue();
    assertThat(SUBMITTED.canMoveTo(INCOMPLETE)).isTrue();
    assertThat(INCOMPLETE.canMoveTo(SUBMITTED)).isTrue();
    assertThat(SUBMITTED.canMoveTo(UNDER_REVIEW)).isTrue();
    assertThat(UNDER_REVIEW.canMoveTo(GRANTED)).isTrue();
    assertThat(UNDER_REVIEW.canMoveTo(REJECTED)).isTrue();
    assertThat(UNDER_REVIEW.canMoveTo(INCOMPLETE)).isTrue();
    assertThat(INCOMPLETE.canMoveTo(LAPSED)).isTrue();
  }

  @Test
  void aRequestWaitingForPiecesCannotGoToReviewNorBeDecided() {
    assertThat(INCOMPLETE.canMoveTo(UNDER_REVIEW)).isFalse();
    assertThat(INCOMPLETE.canMoveTo(GRANTED)).isFalse();
    assertThat(SUBMITTED.canMoveTo(GRANTED)).isFalse();
    assertThat(DRAFT.canMoveTo(UNDER_REVIEW)).isFalse();
  }

  @Test
  void finalStatesNeverMove() {
    for (DossierState end : new DossierState[] {GRANTED, REJECTED, LAPSED, WITHDRAWN}) {
      assertThat(end.isFinal()).isTrue();
      for (DossierState any : values()) {
        assertThat(end.canMoveTo(any)).as("%s -> %s", end, any).isFalse();
      }
    }
    assertThat(SUBMITTED.isOpen()).isTrue();
    assertThat(DRAFT.isOpen()).isFalse();
  }

  @Test
  void aRefusedMoveChangesNothing() {
    Account usager = new Account(Role.USAGER, "Awa", "hash", "fr", Instant.EPOCH);
    Dossier dossier = new Dossier("paris-solidarite", usager, Instant.EPOCH);
    dossier.moveTo(INCOMPLETE, Instant.EPOCH);
    assertThatThrownBy(() -> dossier.moveTo(UNDER_REVIEW, Instant.now()))
        .isInstanceOf(IllegalTransition.class)
        .hasMessageContaining("INCOMPLETE")
        .hasMessageContaining("UNDER_REVIEW");
    assertThat(dossier.getState()).isEqualTo(INCOMPLETE);
    assertThat(dossier.getUpdatedAt()).isEqualTo(Instant.EPOCH);
  }
}
