package fr.paris.teleservices.notifications.outbox;

/**
 * The life of an outbox row. {@code PENDING → SENDING → SENT → DELIVERED | UNDELIVERED | FAILED};
 * {@code CANCELLED} (the plan was stopped, or the message outlived its use) and {@code OPTED_OUT}
 * (the number asked for nothing) end a row before it is sent.
 */
public enum MessageState {
  PENDING(0),
  SENDING(0),
  SENT(1),
  DELIVERED(2),
  UNDELIVERED(2),
  FAILED(2),
  CANCELLED(3),
  OPTED_OUT(3);

  private final int rank;

  MessageState(int rank) {
    this.rank = rank;
  }

  /**
   * Delivery reports only move a row forward: a row at rank r accepts a report of a higher rank.
   * Cancelled and opted-out rows were never handed over and accept none.
   */
  int rank() {
    return rank;
  }
}
