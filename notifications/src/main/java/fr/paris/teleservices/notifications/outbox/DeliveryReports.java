package fr.paris.teleservices.notifications.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Applies a provider's delivery report to an outbox row, only ever forward: PENDING/SENDING → SENT →
 * DELIVERED | UNDELIVERED | FAILED. A replayed report, or one that arrives after a later one, finds
 * no row in an earlier state and changes nothing.
 *
 * <p>A report for a PENDING or SENDING row is applied too: the provider took the message although
 * the send looked failed (a read timeout), so the retry that was scheduled must not happen.
 */
public final class DeliveryReports {

  private DeliveryReports() {}

  /**
   * @param messageId the outbox id echoed in the callback URL, or null when only the provider id is
   *     known
   * @param providerId the provider's id of the message
   * @param reported SENT, DELIVERED, UNDELIVERED or FAILED
   * @param errorCode the provider's error code for undelivered or failed messages, or null
   * @return whether the row changed
   */
  public static boolean apply(
      Connection c,
      Long messageId,
      String providerId,
      MessageState reported,
      String providerStatus,
      String errorCode,
      Instant now)
      throws SQLException {
    if (reported.rank() < MessageState.SENT.rank() || reported.rank() > MessageState.FAILED.rank()) {
      throw new IllegalArgumentException("Not a delivery state: " + reported);
    }
    String earlier =
        Arrays.stream(MessageState.values())
            .filter(s -> s.rank() < reported.rank())
            .map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));
    String target =
        messageId != null ? "id = ? AND (provider_sid IS NULL OR provider_sid = ?)" : "provider_sid = ?";
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE sms_message SET provider_sid = COALESCE(provider_sid, ?), provider_status = ?,"
                + " last_error_code = COALESCE(?, last_error_code), sent_at = COALESCE(sent_at, ?),"
                + " updated_at = ?, state = ?"
                + " WHERE " + target + " AND state IN (" + earlier + ")")) {
      st.setString(1, providerId);
      st.setString(2, providerStatus);
      st.setString(3, errorCode);
      Sql.set(st, 4, now);
      Sql.set(st, 5, now);
      st.setString(6, reported.name());
      if (messageId != null) {
        st.setLong(7, messageId);
        st.setString(8, providerId);
      } else {
        st.setString(7, providerId);
      }
      return st.executeUpdate() == 1;
    }
  }
}
