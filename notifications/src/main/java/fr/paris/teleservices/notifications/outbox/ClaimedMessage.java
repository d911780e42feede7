package fr.paris.teleservices.notifications.outbox;

import fr.paris.teleservices.notifications.sms.PhoneNumbers;
import fr.paris.teleservices.notifications.text.SmsKind;
import java.time.Instant;
import java.util.Map;

/** A row a dispatcher holds under lease. {@code attempts} includes the one about to be made. */
record ClaimedMessage(
    long id,
    SmsKind kind,
    String recipient,
    String language,
    String templateKey,
    Map<String, Object> params,
    int attempts,
    boolean respectsWindow,
    Instant notAfter,
    MessageState state) {

  @Override
  public String toString() {
    return "ClaimedMessage[" + id + ", " + kind + " to " + PhoneNumbers.mask(recipient) + "]";
  }
}
