package fr.paris.teleservices.notifications.twilio;

import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import fr.paris.teleservices.notifications.sms.FailureCause;
import fr.paris.teleservices.notifications.sms.GatewayReceipt;
import fr.paris.teleservices.notifications.sms.OutgoingSms;
import fr.paris.teleservices.notifications.sms.SmsGateway;
import fr.paris.teleservices.notifications.sms.SmsSendException;
import java.net.URI;

/**
 * Sends through Twilio's Messages API with the official SDK. Each gateway builds its own
 * {@link TwilioRestClient} — never the SDK's static {@code Twilio.init} — so two gateways (two
 * accounts, or a test next to production settings) never share state.
 */
public final class TwilioSmsGateway implements SmsGateway {

  public static final String NAME = "twilio";

  private final TwilioSettings settings;
  private final TwilioRestClient client;

  public TwilioSmsGateway(TwilioSettings settings) {
    this.settings = settings;
    this.client =
        new TwilioRestClient.Builder(settings.accountSid(), settings.authToken())
            .httpClient(new TwilioHttpClient(settings))
            .build();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean deliversToOutbox() {
    return false;
  }

  @Override
  public GatewayReceipt send(OutgoingSms sms) throws SmsSendException {
    com.twilio.type.PhoneNumber to = new com.twilio.type.PhoneNumber(sms.recipient());
    MessageCreator creator =
        settings.messagingServiceSid() != null
            ? Message.creator(to, settings.messagingServiceSid(), sms.text())
            : Message.creator(to, new com.twilio.type.PhoneNumber(settings.from()), sms.text());
    if (settings.statusCallbackUrl() != null) {
      creator.setStatusCallback(callbackFor(sms.messageId()));
    }
    Message message;
    try {
      message = creator.create(client);
    } catch (TwilioException e) {
      throw TwilioFailures.classify(e);
    }
    if (message.getSid() == null) {
      throw new SmsSendException(FailureCause.PROVIDER_ERROR, "no-sid", "Twilio: answer without a message SID", null);
    }
    String status = message.getStatus() == null ? "accepted" : message.getStatus().toString();
    return new GatewayReceipt(message.getSid(), status, false);
  }

  /** The status callback URL for one message: the configured one plus {@code ref=<outbox id>}. */
  private URI callbackFor(long messageId) {
    String url = settings.statusCallbackUrl().toString();
    return URI.create(url + (url.contains("?") ? "&" : "?") + SmsCallbacks.REF_PARAM + "=" + messageId);
  }
}
