package fr.paris.teleservices.notifications.outbox;

/**
 * What one {@link SmsDispatcher#dispatchDue} call did.
 *
 * @param claimed rows taken from the queue (a full batch means more may be waiting)
 * @param sent handed to the gateway
 * @param retried failed for a transient reason, scheduled again
 * @param failed failed for good
 * @param optedOut skipped because the number is opted out
 * @param cancelled skipped because they outlived their use (past their deadline)
 */
public record DispatchReport(int claimed, int sent, int retried, int failed, int optedOut, int cancelled) {}
