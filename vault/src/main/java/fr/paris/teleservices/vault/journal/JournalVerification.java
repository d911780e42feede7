package fr.paris.teleservices.vault.journal;

/**
 * Result of verifying one owner's chain.
 *
 * @param firstBrokenSequence the first entry that fails (or the missing one), null when intact
 * @param problem what is wrong with it, null when intact
 */
public record JournalVerification(String ownerId, long entriesChecked, Long firstBrokenSequence, String problem) {

  public boolean intact() {
    return firstBrokenSequence == null;
  }
}
