package fr.paris.teleservices.vault.storage;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the S3 bucket. Timeouts default to 10 s (connect) and 60 s (read, write) instead of
 * the client's 5 minutes: a hung object store must turn into a clear "try again later" while the
 * person is still looking at the page.
 *
 * @param partSize multipart part size for uploads of unknown length; the client holds one part in
 *     heap, so this bounds the memory of an upload
 */
public record S3Config(
    String endpoint,
    String region,
    String accessKey,
    String secretKey,
    String bucket,
    long partSize,
    Duration connectTimeout,
    Duration readTimeout,
    Duration writeTimeout) {

  public static final long DEFAULT_PART_SIZE = 16L * 1024 * 1024;
  private static final long MIN_PART_SIZE = 5L * 1024 * 1024;

  public S3Config {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accessKey, "accessKey");
    Objects.requireNonNull(secretKey, "secretKey");
    Objects.requireNonNull(bucket, "bucket");
    if (partSize < MIN_PART_SIZE) {
      throw new IllegalArgumentException("S3 parts are at least 5 MiB");
    }
  }

  /** The defaults: 16 MiB parts, 10 s connect, 60 s read and write. */
  public static S3Config of(String endpoint, String region, String accessKey, String secretKey, String bucket) {
    return new S3Config(
        endpoint,
        region,
        accessKey,
        secretKey,
        bucket,
        DEFAULT_PART_SIZE,
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        Duration.ofSeconds(60));
  }

  public S3Config withTimeouts(Duration connect, Duration read, Duration write) {
    return new S3Config(endpoint, region, accessKey, secretKey, bucket, partSize, connect, read, write);
  }

  public S3Config withPartSize(long bytes) {
    return new S3Config(
        endpoint, region, accessKey, secretKey, bucket, bytes, connectTimeout, readTimeout, writeTimeout);
  }

  /** Never prints the secret key: configurations end up in logs. */
  @Override
  public String toString() {
    return "S3Config[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", partSize=" + partSize + "]";
  }
}
