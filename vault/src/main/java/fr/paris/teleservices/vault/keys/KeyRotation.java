package fr.paris.teleservices.vault.keys;

import fr.paris.teleservices.vault.transaction.TransactionRunner;
import java.util.logging.Logger;

/**
 * Master key rotation: add a version to the keystore, then re-wrap every owner key row with it, in
 * small transactions (short row locks; an interrupted rotation is finished by running it again).
 * Objects and document rows are untouched: rotation costs one row update per usager, not a
 * re-encryption of their documents.
 */
public final class KeyRotation {

  private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());
  private static final int BATCH = 200;

  private final MasterKeyStore masterKeys;
  private final OwnerKeys ownerKeys;
  private final TransactionRunner transactions;

  public KeyRotation(MasterKeyStore masterKeys, OwnerKeys ownerKeys, TransactionRunner transactions) {
    this.masterKeys = masterKeys;
    this.ownerKeys = ownerKeys;
    this.transactions = transactions;
  }

  public RotationReport rotate() {
    int version = masterKeys.addVersion();
    long total = 0;
    int done;
    do {
      done = transactions.inTransaction(c -> ownerKeys.rewrapBatch(c, version, BATCH));
      total += done;
    } while (done > 0);
    LOG.info(() -> "Master key rotated to version " + version);
    return new RotationReport(version, total);
  }
}
