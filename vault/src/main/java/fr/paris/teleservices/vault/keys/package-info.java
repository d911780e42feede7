/**
 * The key hierarchy. A random AES-256 data key per document is wrapped (RFC 3394 AES key wrap) by
 * a random AES-256 key per owner, itself wrapped by the master key. The master key lives only in a
 * PKCS#12 keystore file given by configuration — never in the database nor its backups — so a
 * stolen database dump or bucket is unreadable without that file. Rotating the master key re-wraps
 * owner-key rows; objects are never re-encrypted. Destroying an owner's key row makes every copy of
 * their objects unreadable (crypto-shredding).
 */
package fr.paris.teleservices.vault.keys;
