package fr.paris.teleservices.vault.antivirus;

import java.nio.file.Path;

/** Scans a file before it is kept. */
@FunctionalInterface
public interface VirusScanner {

  /** For deployments without an antivirus: accepts everything. */
  VirusScanner NONE = file -> {};

  /**
   * @throws fr.paris.teleservices.vault.upload.UploadRefusedException with {@code
   *     MALWARE_DETECTED}, or {@code ANTIVIRUS_UNAVAILABLE} if the scanner could not give a verdict
   */
  void scan(Path file);
}
