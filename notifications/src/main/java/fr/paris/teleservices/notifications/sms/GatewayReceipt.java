package fr.paris.teleservices.notifications.sms;

/**
 * The provider has accepted a message.
 *
 * @param providerId the provider's id for it (Twilio's "SM…" sid), unique
 * @param providerStatus the provider's word for its state ("queued", "accepted", "delivered")
 * @param delivered whether it has already reached its destination (true only for the embedded outbox)
 */
public record GatewayReceipt(String providerId, String providerStatus, boolean delivered) {}
