package fr.paris.teleservices.vault;

/**
 * Outcome of closing a vault. The keys are gone whatever {@code objectsLeft} says: objects that could
 * not be deleted now are unreadable noise, removed later by reconciliation.
 */
public record DestructionReport(String ownerId, int documentsDeleted, int objectsDeleted, int objectsLeft) {}
