package fr.paris.teleservices.portal.vault;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The proof, kept in the session, that the person re-typed their password just before asking for
 * the export of their whole vault. The export is a plain link (it must work without JavaScript and
 * be a file download), so the link carries a random ticket that only this session can redeem, once,
 * within {@link #VALIDITY}, and only for the vault it was issued for.
 */
@SessionScoped
public class ExportTickets implements Serializable {

  private static final long serialVersionUID = 1L;

  static final Duration VALIDITY = Duration.ofMinutes(10);

  private static final SecureRandom RANDOM = new SecureRandom();

  private record Ticket(String value, String ownerId, Instant expiresAt) implements Serializable {}

  private transient Clock clock;
  private Ticket ticket;

  public ExportTickets() {
    this(Clock.systemUTC());
  }

  ExportTickets(Clock clock) {
    this.clock = clock;
  }

  /** A new ticket for this vault; any earlier one is void. */
  public synchronized String issue(String ownerId) {
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    ticket = new Ticket(HexFormat.of().formatHex(random), ownerId, clock().instant().plus(VALIDITY));
    return ticket.value();
  }

  /** The ticket still waiting to be used for this vault, if any. */
  public synchronized Optional<String> pending(String ownerId) {
    return valid(ownerId) ? Optional.of(ticket.value()) : Optional.empty();
  }

  /** Whether the ticket is the one issued for this vault and still valid; it cannot be used again. */
  public synchronized boolean redeem(String value, String ownerId) {
    if (value == null || !valid(ownerId)) {
      return false;
    }
    boolean matches =
        MessageDigest.isEqual(ticket.value().getBytes(StandardCharsets.US_ASCII), value.getBytes(StandardCharsets.US_ASCII));
    if (matches) {
      ticket = null;
    }
    return matches;
  }

  private boolean valid(String ownerId) {
    return ticket != null && ticket.ownerId().equals(ownerId) && clock().instant().isBefore(ticket.expiresAt());
  }

  private Clock clock() {
    if (clock == null) {
      clock = Clock.systemUTC();
    }
    return clock;
  }
}
