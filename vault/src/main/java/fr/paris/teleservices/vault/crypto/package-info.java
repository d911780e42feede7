/**
 * The encrypted object format and the streaming ciphers that write and read it.
 *
 * <p>An object is a 9-byte header (magic, format version, chunk size) followed by chunks, each an
 * independent AES-256-GCM message with its own tag: the JDK's GCM decryption buffers a whole message
 * before releasing anything, so one message per chunk is what keeps memory bounded and lets chunks
 * be decrypted in parallel. The associated data of every chunk binds the header, the document id,
 * the owner id, the chunk index and a last-chunk flag, so a flipped byte, a truncated, reordered or
 * duplicated chunk, and an object moved to another document or another owner all fail
 * authentication. The vault releases a chunk's plaintext only after its tag has been checked.
 */
package fr.paris.teleservices.vault.crypto;
