package fr.paris.teleservices.notifications.verification;

import fr.paris.teleservices.notifications.outbox.OutboxMessage;
import fr.paris.teleservices.notifications.outbox.SmsOutbox;
import fr.paris.teleservices.notifications.sms.InvalidPhoneNumberException;
import fr.paris.teleservices.notifications.sms.PhoneNumber;
import fr.paris.teleservices.notifications.sms.PhoneNumbers;
import fr.paris.teleservices.notifications.text.SmsKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Queues a verification code. It ignores the sending window (the person is waiting, phone in hand),
 * is dropped once the code has expired, and its stored copy is masked once handed to a real
 * provider. A number that opted out (STOP) receives no code either: the portal should check
 * {@code isOptedOut} first and tell the person to text START.
 */
public final class VerificationSms {

  public static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(10);

  private final SmsOutbox outbox;
  private final Duration validity;
  private final Clock clock;

  public VerificationSms(Duration validity, Clock clock) {
    this.outbox = new SmsOutbox(clock);
    this.validity = validity;
    this.clock = clock;
  }

  /**
   * Queues the code on the caller's connection; never commits.
   *
   * @param subject the account's opaque reference (for its SMS history)
   * @param requestId the portal's id of this code request: one SMS per request
   * @return the number it goes to, normalised
   * @throws InvalidPhoneNumberException when the number is not a valid mobile number
   */
  public PhoneNumber send(Connection c, String subject, String requestId, String phone, String language, String code)
      throws SQLException, InvalidPhoneNumberException {
    PhoneNumber number = PhoneNumbers.parse(phone);
    if (!number.mobile()) {
      throw new InvalidPhoneNumberException("Not a mobile number");
    }
    Instant now = clock.instant();
    outbox.enqueue(
        c,
        List.of(
            new OutboxMessage(
                "code:" + requestId, SmsKind.VERIFICATION_CODE, subject, number.e164(), language,
                Map.of("code", code, "minutes", validity.toMinutes()), now, now.plus(validity))));
    return number;
  }
}
