package fr.paris.teleservices.notifications.text;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The kinds of SMS the portal sends, each with its template and its sending rules. */
public enum SmsKind {
  /** A relance for an incomplete request. Params: number, deadline, whereKind, where. */
  INCOMPLETE_REMINDER("sms.reminder.incomplete", true, true, Set.of()),
  /** Two months before a domiciliation ends. Params: deadline (the end date), whereKind, where. */
  DOMICILIATION_ENDING("sms.domiciliation.ending", true, true, Set.of()),
  /** Mail is waiting for a domicilié. Params: count, where. */
  MAIL_ARRIVED("sms.domiciliation.mail", true, true, Set.of()),
  /**
   * A one-time code the person asked for a moment ago (signup, phone change): sent at once, even at
   * night, because they are waiting for it; never stored in clear once handed to a real provider.
   * Params: code, minutes.
   */
  VERIFICATION_CODE("sms.verification.code", false, false, Set.of("code"));

  private final String templateKey;
  private final boolean respectsWindow;
  private final boolean optOutHint;
  private final Set<String> secretParams;

  SmsKind(String templateKey, boolean respectsWindow, boolean optOutHint, Set<String> secretParams) {
    this.templateKey = templateKey;
    this.respectsWindow = respectsWindow;
    this.optOutHint = optOutHint;
    this.secretParams = secretParams;
  }

  public String templateKey() {
    return templateKey;
  }

  /** Whether it waits for the sending window (8:00–20:00, no Sunday or public holiday). */
  public boolean respectsWindow() {
    return respectsWindow;
  }

  /** Whether the opt-out hint may follow the text (not on a code the person just asked for). */
  public boolean optOutHint() {
    return optOutHint;
  }

  /** Parameters masked in the stored copy once the message has gone to a real provider. */
  public Set<String> secretParams() {
    return secretParams;
  }

  /**
   * Realistic longest values, for the administrators' length table: a request number of the
   * portal's format, 60 days left, the longer of the two places.
   */
  public Map<String, Object> sampleParams(LocalDate today) {
    Map<String, Object> params = new HashMap<>();
    switch (this) {
      case INCOMPLETE_REMINDER -> {
        params.put("number", "2025-0123456");
        params.put(SmsRenderer.DEADLINE, today.plusDays(60).toString());
        params.putAll(Where.online("teleservices.paris.fr").params());
      }
      case DOMICILIATION_ENDING -> {
        params.put(SmsRenderer.DEADLINE, today.plusDays(60).toString());
        params.putAll(Where.eps("Paris 18 (Belliard)").params());
      }
      case MAIL_ARRIVED -> {
        params.put("count", 2);
        params.putAll(Where.eps("EPS Paris 18 (Belliard)").params());
      }
      case VERIFICATION_CODE -> {
        params.put("code", "123456");
        params.put("minutes", 10);
      }
    }
    return params;
  }
}
