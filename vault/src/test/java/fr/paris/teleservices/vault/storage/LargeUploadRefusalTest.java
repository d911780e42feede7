package fr.paris.teleservices.vault.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.vault.TestFiles;
import fr.paris.teleservices.vault.VaultFixture;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.upload.RefusalReason;
import fr.paris.teleservices.vault.upload.UploadRefusedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With the production limits (20 MiB, 16 MiB parts), an oversized upload has already sent a part
 * when it is refused: the multipart upload must be aborted, not left in the bucket.
 */
class LargeUploadRefusalTest {

  static VaultFixture fx;

  @BeforeAll
  static void start() {
    fx = VaultFixture.start();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @Test
  void anOversizedUploadLeavesNoPartBehind() {
    TestFiles.Endless tail = new TestFiles.Endless();
    assertThatThrownBy(
            () ->
                fx.vault.deposit(
                    Actor.usager("u-large", "U"), DepositRequest.of(TestFiles.endlessPdf(tail), "scan.pdf", null, DocumentType.OTHER)))
        .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.reason()).isEqualTo(RefusalReason.TOO_LARGE));
    assertThat(tail.served).isLessThanOrEqualTo(20L * 1024 * 1024 + 1);
    assertThat(fx.objectFiles()).isEmpty();
    assertThat(fx.count("SELECT COUNT(*) FROM vault_document")).isZero();
    assertThat(fx.spoolFiles()).isEmpty();
  }
}
