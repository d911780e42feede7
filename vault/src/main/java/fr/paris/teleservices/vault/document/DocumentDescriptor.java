package fr.paris.teleservices.vault.document;

/**
 * What the portal needs to send a document: a server-decided content type and a sanitised name for
 * {@code Content-Disposition: attachment}, plus the size for {@code Content-Length}.
 */
public record DocumentDescriptor(String documentId, String fileName, String contentType, long size) {}
