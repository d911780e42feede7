package fr.paris.teleservices.portal.security.secondfactor;

import fr.paris.teleservices.portal.vault.VaultSetup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Authenticator keys at rest: AES-GCM under the current master key version, the account's public
 * id as associated data, so that a database dump alone gives no code and a key copied onto another
 * account does not decrypt. Stored as {@code v<version>:<base64(nonce | ciphertext)>}; older master
 * key versions stay readable after a rotation.
 */
@ApplicationScoped
public class SecondFactorKeys {

  private static final int NONCE_BYTES = 12;
  private static final int KEY_BYTES = 20;
  private static final int TAG_BITS = 128;

  private final SecureRandom random = new SecureRandom();

  @Inject VaultSetup vault;

  /** A new 160-bit key, the length RFC 4226 recommends. */
  public byte[] generate() {
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(key);
    return key;
  }

  public String seal(byte[] key, String accountPublicId) {
    int version = vault.masterKeys().currentVersion();
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, version, nonce, accountPublicId).doFinalUnchecked(key);
    return "v" + version + ":"
        + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
  }

  /** @throws IllegalStateException if the value was not sealed for this account by this keystore */
  public byte[] open(String stored, String accountPublicId) {
    int colon = stored.indexOf(':');
    int version = Integer.parseInt(stored.substring(1, colon));
    byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
    byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
    byte[] sealed = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
    return cipher(Cipher.DECRYPT_MODE, version, nonce, accountPublicId).doFinalUnchecked(sealed);
  }

  private Gcm cipher(int mode, int version, byte[] nonce, String accountPublicId) {
    try {
      SecretKey master = vault.masterKeys().key(version);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, master, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(("second-factor:" + accountPublicId).getBytes(StandardCharsets.UTF_8));
      return new Gcm(cipher);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  private record Gcm(Cipher cipher) {
    byte[] doFinalUnchecked(byte[] input) {
      try {
        return cipher.doFinal(input);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("A second-factor key failed its integrity check", e);
      }
    }
  }
}
