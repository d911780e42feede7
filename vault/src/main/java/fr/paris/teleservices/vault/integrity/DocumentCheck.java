package fr.paris.teleservices.vault.integrity;

/** One document that did not pass. */
public record DocumentCheck(String documentId, String ownerId, CheckStatus status) {}
