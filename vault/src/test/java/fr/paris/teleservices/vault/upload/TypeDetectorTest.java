package fr.paris.teleservices.vault.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.vault.TestFiles;
import org.junit.jupiter.api.Test;

class TypeDetectorTest {

  final TypeDetector detector = new TypeDetector();

  @Test
  void whatDevicesReallySendIsAccepted() {
    byte[] pdf = TestFiles.pdf("x");
    assertThat(detector.decide(pdf, "Scan.PDF", "application/pdf")).isEqualTo(AllowedType.PDF);
    assertThat(detector.decide(pdf, "scan", "application/octet-stream")).isEqualTo(AllowedType.PDF);
    assertThat(detector.decide(pdf, null, null)).isEqualTo(AllowedType.PDF);
    assertThat(detector.decide(pdf, "releve.pdf", "Application/PDF; charset=binary")).isEqualTo(AllowedType.PDF);
    assertThat(detector.decide(pdf, "Scan 12.03.2024", "")).isEqualTo(AllowedType.PDF);
    assertThat(detector.decide(TestFiles.jpeg(10, 10), "IMG_1234.JPEG", "image/jpg")).isEqualTo(AllowedType.JPEG);
    assertThat(detector.decide(TestFiles.png(10, 10), "capture.png", "image/png")).isEqualTo(AllowedType.PNG);
  }

  @Test
  void theContentDecidesNotTheName() {
    assertThatThrownBy(() -> detector.decide(TestFiles.html(), "avis.pdf", "application/pdf"))
        .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.reason()).isEqualTo(RefusalReason.TYPE_NOT_ALLOWED));
    assertThatThrownBy(() -> detector.decide(TestFiles.pdf("x"), "avis.html", null))
        .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.reason()).isEqualTo(RefusalReason.TYPE_MISMATCH));
    assertThatThrownBy(() -> detector.decide(TestFiles.png(10, 10), "photo.jpg", "image/jpeg"))
        .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.reason()).isEqualTo(RefusalReason.TYPE_MISMATCH));
    assertThatThrownBy(() -> detector.decide(TestFiles.pdf("x"), "avis.pdf", "text/html"))
        .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.reason()).isEqualTo(RefusalReason.TYPE_MISMATCH));
  }

  @Test
  void theMessageKeysFollowOneConvention() {
    assertThat(RefusalReason.TOO_LARGE.messageKey()).isEqualTo("vault.upload.refused.too_large");
  }
}
