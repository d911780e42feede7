package fr.paris.teleservices.notifications.sms;

/**
 * Something that takes an SMS off our hands. Implementations send exactly one provider request per
 * call and never retry on their own: retries belong to the outbox, which spaces them out and
 * survives restarts.
 */
public interface SmsGateway {

  /** Recorded on each row ({@code twilio}, {@code embedded}) so pages can tell where it went. */
  String name();

  /**
   * Whether the outbox row is itself the destination (the embedded gateway): then the stored text
   * is the full text, verification codes included, because reading it is how it is "received".
   */
  boolean deliversToOutbox();

  /**
   * Hands one message to the provider.
   *
   * @throws SmsSendException with its cause classified; never with the number or text in its message
   */
  GatewayReceipt send(OutgoingSms sms) throws SmsSendException;
}
