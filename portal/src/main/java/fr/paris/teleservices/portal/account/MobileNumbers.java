package fr.paris.teleservices.portal.account;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/** A usager's phone must be a mobile: it is the number reminders and codes are sent to. */
final class MobileNumbers {

  private MobileNumbers() {}

  static Optional<String> normalize(String raw) {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    try {
      PhoneNumber number = util.parse(raw, "FR");
      if (!util.isValidNumber(number)) {
        return Optional.empty();
      }
      PhoneNumberType type = util.getNumberType(number);
      if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
        return Optional.empty();
      }
      return Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
