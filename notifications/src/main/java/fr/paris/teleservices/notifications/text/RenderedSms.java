package fr.paris.teleservices.notifications.text;

import fr.paris.teleservices.notifications.sms.SmsLength;

/** A text ready to send, with its measured size. */
public record RenderedSms(String text, SmsLength length) {

  @Override
  public String toString() {
    return "RenderedSms[" + length + "]";
  }
}
