package fr.paris.teleservices.vault.transaction;

import java.sql.Connection;
import java.sql.SQLException;

/** Statements that must succeed or fail together, run on the connection they are given. */
@FunctionalInterface
public interface SqlWork<T> {

  T run(Connection connection) throws SQLException;
}
