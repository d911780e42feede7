package fr.paris.teleservices.vault.document;

/** How much of their vault a usager uses. Sizes are plaintext bytes. */
public record QuotaUsage(long bytesUsed, long bytesAllowed, int documents, int documentsAllowed) {

  public boolean full() {
    return documents >= documentsAllowed || bytesUsed >= bytesAllowed;
  }
}
