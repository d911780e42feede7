package fr.paris.teleservices.notifications.reminder;

import fr.paris.teleservices.notifications.sms.PhoneNumber;
import fr.paris.teleservices.notifications.sms.PhoneNumbers;
import java.util.Optional;

/** Whom a planned message may go to: a valid mobile number, normalised to E.164. */
final class Recipients {

  private Recipients() {}

  static Optional<String> mobile(String phone) {
    return PhoneNumbers.tryParse(phone).filter(PhoneNumber::mobile).map(PhoneNumber::e164);
  }
}
