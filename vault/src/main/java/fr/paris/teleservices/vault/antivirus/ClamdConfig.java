package fr.paris.teleservices.vault.antivirus;

import java.time.Duration;

/**
 * Where clamd listens. {@code readTimeout} must cover scanning the largest allowed document.
 *
 * @param chunkSize bytes per INSTREAM chunk; clamd's {@code StreamMaxLength} bounds the total
 */
public record ClamdConfig(String host, int port, Duration connectTimeout, Duration readTimeout, int chunkSize) {

  /** 5 s to connect, 60 s for a verdict, 64 KiB chunks. */
  public static ClamdConfig of(String host, int port) {
    return new ClamdConfig(host, port, Duration.ofSeconds(5), Duration.ofSeconds(60), 64 * 1024);
  }
}
