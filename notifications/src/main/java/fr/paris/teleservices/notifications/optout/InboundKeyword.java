package fr.paris.teleservices.notifications.optout;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * What an inbound SMS asks for. Only a message that is one keyword (ignoring case, accents,
 * surrounding spaces and punctuation) counts: "Stop", "arrêt", " STOP. " do; "please stop
 * texting my mother" is a message for a human, not an opt-out.
 */
public enum InboundKeyword {
  OPT_OUT,
  OPT_IN,
  NONE;

  private static final Set<String> OPT_OUT_WORDS =
      Set.of("STOP", "ARRET", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT");
  private static final Set<String> OPT_IN_WORDS = Set.of("START", "UNSTOP", "YES", "OUI", "DEMARRER");

  public static InboundKeyword of(String body) {
    if (body == null) {
      return NONE;
    }
    String word =
        Normalizer.normalize(body, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "")
            .toUpperCase(Locale.ROOT);
    if (OPT_OUT_WORDS.contains(word)) {
      return OPT_OUT;
    }
    if (OPT_IN_WORDS.contains(word)) {
      return OPT_IN;
    }
    return NONE;
  }
}
