package fr.paris.teleservices.vault.keys;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * AES key wrap (RFC 3394, the JDK's {@code AES/KW/NoPadding}) and AES-256 key generation. Key wrap
 * has its own integrity check, so unwrapping with the wrong key (after crypto-shredding, or with
 * a foreign keystore) fails instead of yielding a wrong key.
 */
public final class KeyWrap {

  private static final String WRAP = "AES/KW/NoPadding";

  private KeyWrap() {}

  public static SecretKey newKey(SecureRandom random) {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256, random);
      return generator.generateKey();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] wrap(SecretKey wrappingKey, SecretKey key) {
    try {
      Cipher cipher = Cipher.getInstance(WRAP);
      cipher.init(Cipher.WRAP_MODE, wrappingKey);
      return cipher.wrap(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES key wrap unavailable", e);
    }
  }

  /** @throws KeyUnavailableException if the wrapped key was not wrapped by this key */
  public static SecretKey unwrap(SecretKey wrappingKey, byte[] wrapped) {
    try {
      Cipher cipher = Cipher.getInstance(WRAP);
      cipher.init(Cipher.UNWRAP_MODE, wrappingKey);
      return (SecretKey) cipher.unwrap(wrapped, "AES", Cipher.SECRET_KEY);
    } catch (InvalidKeyException e) {
      throw new KeyUnavailableException("a wrapped key failed its integrity check", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES key wrap unavailable", e);
    }
  }
}
