package fr.paris.teleservices.vault.document;

/**
 * The limits deposits are held to.
 *
 * @param maxDocumentBytes largest document, checked while streaming
 * @param quotaBytes total plaintext bytes per vault
 * @param quotaDocuments documents per vault
 * @param maxPages pages in one photographed document
 * @param maxFileNameLength characters kept of a file name, extension included
 */
public record DocumentLimits(
    long maxDocumentBytes, long quotaBytes, int quotaDocuments, int maxPages, int maxFileNameLength) {}
