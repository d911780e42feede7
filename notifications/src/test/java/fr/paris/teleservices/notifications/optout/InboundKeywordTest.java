package fr.paris.teleservices.notifications.optout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InboundKeywordTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"STOP", "stop", " Stop ", "STOP.", "ARRET", "arret", "arrêt", "ARRÊT", "Arrêt !", "STOPALL",
        "unsubscribe", "CANCEL", "end", "QUIT"})
  void optsOut(String body) {
    assertThat(InboundKeyword.of(body)).isEqualTo(InboundKeyword.OPT_OUT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"START", "start", "UNSTOP", "yes", "OUI", "oui", "DEMARRER", "démarrer", "Démarrer"})
  void optsBackIn(String body) {
    assertThat(InboundKeyword.of(body)).isEqualTo(InboundKeyword.OPT_IN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "merci", "please stop texting my mother", "STOP STOP", "stopper", "non"})
  void anythingElseIsForAHuman(String body) {
    assertThat(InboundKeyword.of(body)).isEqualTo(InboundKeyword.NONE);
  }
}
