package fr.paris.teleservices.portal.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExportTicketsTest {

  private final MovableClock clock = new MovableClock();
  private final ExportTickets tickets = new ExportTickets(clock);

  @Test
  void aTicketServesOnceForItsOwnVault() {
    String ticket = tickets.issue("owner-1");
    assertThat(ticket).hasSize(48);
    assertThat(tickets.pending("owner-1")).contains(ticket);
    assertThat(tickets.pending("owner-2")).isEmpty();
    assertThat(tickets.redeem(ticket, "owner-2")).isFalse();
    assertThat(tickets.redeem("0".repeat(48), "owner-1")).isFalse();
    assertThat(tickets.redeem(null, "owner-1")).isFalse();
    assertThat(tickets.redeem(ticket, "owner-1")).isTrue();
    assertThat(tickets.redeem(ticket, "owner-1")).isFalse();
    assertThat(tickets.pending("owner-1")).isEmpty();
  }

  @Test
  void aTicketExpires() {
    String ticket = tickets.issue("owner-1");
    clock.advance(ExportTickets.VALIDITY.plusSeconds(1));
    assertThat(tickets.pending("owner-1")).isEmpty();
    assertThat(tickets.redeem(ticket, "owner-1")).isFalse();
  }

  @Test
  void aNewTicketVoidsTheEarlierOne() {
    String first = tickets.issue("owner-1");
    String second = tickets.issue("owner-1");
    assertThat(second).isNotEqualTo(first);
    assertThat(tickets.redeem(first, "owner-1")).isFalse();
    assertThat(tickets.redeem(second, "owner-1")).isTrue();
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-03-10T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
