package fr.paris.teleservices.notifications.sms;

/** The input is not a valid phone number; the message never contains the input itself. */
public final class InvalidPhoneNumberException extends Exception {

  public InvalidPhoneNumberException(String reason) {
    super(reason);
  }
}
