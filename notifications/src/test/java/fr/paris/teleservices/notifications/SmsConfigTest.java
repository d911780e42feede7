package fr.paris.teleservices.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.notifications.outbox.DispatchPolicy;
import fr.paris.teleservices.notifications.sms.EmbeddedOutboxGateway;
import fr.paris.teleservices.notifications.twilio.TwilioSettings;
import fr.paris.teleservices.notifications.twilio.TwilioSmsGateway;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmsConfigTest {

  @Test
  void withoutATwilioAccountEverythingGoesToTheEmbeddedOutbox() {
    SmsConfig config = SmsConfig.from(key -> Optional.empty());
    assertThat(config.gateway()).isInstanceOf(EmbeddedOutboxGateway.class);
    assertThat(config.twilio()).isEmpty();
    DispatchPolicy policy = config.dispatchPolicy();
    assertThat(policy.lease()).isEqualTo(Duration.ofMinutes(5));
    assertThat(policy.retry().maxAttempts()).isEqualTo(6);
    assertThat(policy.window().opens()).isEqualTo(LocalTime.of(8, 0));
    assertThat(policy.window().closes()).isEqualTo(LocalTime.of(20, 0));
    assertThat(config.reminderTimeOfDay()).isEqualTo(LocalTime.of(10, 0));
    assertThat(config.verificationValidity()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void aTwilioAccountIsReadFromTheKeys() {
    Map<String, String> keys =
        Map.of(
            "teleservices.sms.twilio.account-sid", "AC123",
            "teleservices.sms.twilio.auth-token", "secret",
            "teleservices.sms.twilio.messaging-service-sid", "MG123",
            "teleservices.sms.twilio.status-callback-url", "https://teleservices.paris.fr/api/sms/status",
            "teleservices.sms.twilio.read-timeout", "PT3S",
            "teleservices.sms.retry.max-attempts", "4",
            "teleservices.sms.window.closes", "19:30",
            "teleservices.sms.dispatch.lease", "PT2M");
    SmsConfig config = SmsConfig.from(key -> Optional.ofNullable(keys.get(key)));
    TwilioSettings twilio = config.twilio().orElseThrow();
    assertThat(twilio.messagingServiceSid()).isEqualTo("MG123");
    assertThat(twilio.from()).isNull();
    assertThat(twilio.readTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(twilio.connectTimeout()).isEqualTo(TwilioSettings.DEFAULT_CONNECT_TIMEOUT);
    assertThat(twilio.toString()).doesNotContain("secret");
    assertThat(config.gateway()).isInstanceOf(TwilioSmsGateway.class);
    assertThat(config.dispatchPolicy().retry().maxAttempts()).isEqualTo(4);
    assertThat(config.dispatchPolicy().window().closes()).isEqualTo(LocalTime.of(19, 30));
    assertThat(config.dispatchPolicy().lease()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void anAccountWithoutTokenOrSenderIsAConfigurationError() {
    assertThatThrownBy(() -> SmsConfig.from(k -> k.endsWith("account-sid") ? Optional.of("AC1") : Optional.empty()).twilio())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("auth-token");
    assertThatThrownBy(
            () ->
                SmsConfig.from(
                        k -> k.endsWith("account-sid") || k.endsWith("auth-token") ? Optional.of("x") : Optional.empty())
                    .twilio())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
