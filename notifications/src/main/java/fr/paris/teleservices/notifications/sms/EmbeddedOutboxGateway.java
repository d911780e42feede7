package fr.paris.teleservices.notifications.sms;

/**
 * The default gateway when no SMS provider is configured: nothing leaves the machine. Each message
 * counts as delivered to the embedded outbox, whose rows (gateway {@code embedded}) an
 * administrator reads on a page to see exactly what would have been sent — and, on a development
 * or demonstration install, the verification codes a person needs to sign up.
 */
public final class EmbeddedOutboxGateway implements SmsGateway {

  public static final String NAME = "embedded";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean deliversToOutbox() {
    return true;
  }

  @Override
  public GatewayReceipt send(OutgoingSms sms) {
    return new GatewayReceipt(NAME + "-" + sms.messageId(), "delivered", true);
  }
}
