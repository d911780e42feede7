package fr.paris.teleservices.notifications.sms;

/**
 * A valid phone number.
 *
 * @param e164 the number in E.164 form ({@code +33612345678}), the only form stored or sent
 * @param mobile whether it can receive SMS (mobile, or a plan where mobiles and fixed lines cannot
 *     be told apart, such as North America — the provider then refuses landlines with 21614)
 */
public record PhoneNumber(String e164, boolean mobile) {

  /** The number as it may appear in a log or on a staff page. */
  public String masked() {
    return PhoneNumbers.mask(e164);
  }

  @Override
  public String toString() {
    return masked();
  }
}
