package fr.paris.teleservices.vault.transaction;

import fr.paris.teleservices.vault.VaultException;
import java.sql.SQLException;

/** The database refused or failed a statement; the operation had no visible effect. */
public final class VaultDatabaseException extends VaultException {

  public VaultDatabaseException(SQLException cause) {
    super("Vault database failure (SQLState " + cause.getSQLState() + ", code " + cause.getErrorCode() + ")", cause);
  }
}
