package fr.paris.teleservices.notifications.sms;

/**
 * One message to hand to a gateway.
 *
 * @param messageId the outbox row id, echoed in status callbacks so a report can find its row even
 *     before the provider's id is recorded
 * @param recipient E.164
 * @param text the rendered text, within the segment budget
 */
public record OutgoingSms(long messageId, String recipient, String text) {

  @Override
  public String toString() {
    return "OutgoingSms[" + messageId + " to " + PhoneNumbers.mask(recipient) + "]";
  }
}
