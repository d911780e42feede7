package fr.paris.teleservices.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}),
 * with OWASP's minimum parameters (19 MiB, 2 passes). Each hash holds 19 MiB of heap while it runs:
 * a semaphore bounds how many run at once so a burst of logins cannot exhaust a small heap.
 */
@ApplicationScoped
public class PasswordHasher {

  private static final int MEMORY_KIB = 19 * 1024;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final SecureRandom random = new SecureRandom();
  private final Semaphore concurrentHashes = new Semaphore(4, true);

  /** A hash to compare against when the login is unknown, so timing does not reveal accounts. */
  private final String decoy = hash("decoy password that matches nothing");

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
    return String.format(
        "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s",
        MEMORY_KIB, ITERATIONS, PARALLELISM, B64.encodeToString(salt), B64.encodeToString(hash));
  }

  public boolean verify(String password, String encoded) {
    String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
    if (parts.length != 6 || !"argon2id".equals(parts[1])) {
      return false;
    }
    int memory = 0;
    int iterations = 0;
    int parallelism = 0;
    for (String param : parts[3].split(",")) {
      String[] kv = param.split("=");
      int value = Integer.parseInt(kv[1]);
      switch (kv[0]) {
        case "m" -> memory = value;
        case "t" -> iterations = value;
        case "p" -> parallelism = value;
        default -> {
          return false;
        }
      }
    }
    byte[] salt = B64D.decode(parts[4]);
    byte[] expected = B64D.decode(parts[5]);
    byte[] actual = derive(password, salt, memory, iterations, parallelism);
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends the same time as a real check; used when no account matches the login. */
  public void verifyDecoy(String password) {
    verify(password, decoy);
  }

  private byte[] derive(String password, byte[] salt, int memory, int iterations, int parallelism) {
    Argon2Parameters params =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memory)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    byte[] out = new byte[HASH_BYTES];
    concurrentHashes.acquireUninterruptibly();
    try {
      generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    } finally {
      concurrentHashes.release();
    }
    return out;
  }
}
