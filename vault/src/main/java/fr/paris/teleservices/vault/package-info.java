/**
 * The usagers' digital vault (coffre-fort numérique): supporting documents deposited by a usager
 * or an agent under mandate, inspected and encrypted before they reach the object store, shared
 * with social workers only by the usager's revocable grant, journaled in a hash chain the usager can
 * read, exportable whole, checked and reconciled by administrators.
 *
 * <p>{@link fr.paris.teleservices.vault.Vault} is the entry point; {@link
 * fr.paris.teleservices.vault.VaultSchema} migrates its tables; {@link
 * fr.paris.teleservices.vault.VaultConfig} holds its settings. The module needs no web layer: a
 * {@code DataSource}, an S3 bucket and a keystore file are enough.
 */
package fr.paris.teleservices.vault;
