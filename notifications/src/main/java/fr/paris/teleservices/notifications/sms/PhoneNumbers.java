package fr.paris.teleservices.notifications.sms;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.List;
import java.util.Optional;

/** Reads phone numbers as usagers type them and writes them in E.164. */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /** Numbers typed without a country code are French. */
  public static final String DEFAULT_REGION = "FR";

  /**
   * Overseas departments and collectivities are dialled from France like mainland numbers
   * ("0690 12 34 56") but have their own country codes (+590…): a national number that is not a
   * valid mainland number is tried against them, in this order.
   */
  private static final List<String> FRENCH_OVERSEAS =
      List.of("GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF");

  private static final char MASK = '•';

  private PhoneNumbers() {}

  /**
   * Parses "06 12 34 56 78", "+33 6 12 34 56 78", "0033612345678", "0690 12 34 56" (Guadeloupe)…
   *
   * @throws InvalidPhoneNumberException when it is not a valid number anywhere
   */
  public static PhoneNumber parse(String input) throws InvalidPhoneNumberException {
    if (input == null || input.isBlank()) {
      throw new InvalidPhoneNumberException("No phone number");
    }
    Phonenumber.PhoneNumber number = parseIn(input, DEFAULT_REGION);
    if (number == null || !UTIL.isValidNumber(number)) {
      number = null;
      for (String region : FRENCH_OVERSEAS) {
        Phonenumber.PhoneNumber candidate = parseIn(input, region);
        if (candidate != null && UTIL.isValidNumber(candidate)) {
          number = candidate;
          break;
        }
      }
    }
    if (number == null) {
      throw new InvalidPhoneNumberException("Not a valid phone number");
    }
    PhoneNumberType type = UTIL.getNumberType(number);
    boolean mobile = type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
    return new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164), mobile);
  }

  /** The parsed number, or empty when the input is not a valid number. */
  public static Optional<PhoneNumber> tryParse(String input) {
    try {
      return Optional.of(parse(input));
    } catch (InvalidPhoneNumberException e) {
      return Optional.empty();
    }
  }

  /**
   * The number with every digit hidden but the country code, the first national digit and the last
   * two: "+33 6 •• •• •• 78". Enough for a person to recognise their number, useless to anyone else.
   */
  public static String mask(String number) {
    if (number == null) {
      return "";
    }
    Phonenumber.PhoneNumber parsed = parseIn(number, DEFAULT_REGION);
    if (parsed == null) {
      String digits = number.replaceAll("\\D", "");
      return digits.length() < 2 ? "••" : "••" + digits.substring(digits.length() - 2);
    }
    String international = UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL);
    String countryPrefix = "+" + parsed.getCountryCode();
    String rest = international.substring(countryPrefix.length());
    int totalDigits = (int) rest.chars().filter(Character::isDigit).count();
    StringBuilder out = new StringBuilder(countryPrefix);
    int seen = 0;
    for (char c : rest.toCharArray()) {
      if (Character.isDigit(c)) {
        seen++;
        boolean keep = seen == 1 || seen > totalDigits - 2;
        out.append(keep ? c : MASK);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Phonenumber.PhoneNumber parseIn(String input, String region) {
    try {
      return UTIL.parse(input, region);
    } catch (NumberParseException e) {
      return null;
    }
  }
}
