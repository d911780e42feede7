package fr.paris.teleservices.vault;

import fr.paris.teleservices.vault.antivirus.ClamdConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The vault's settings, all with defaults (see {@link #defaults()}); the portal maps its
 * MicroProfile Config keys onto {@link Builder}.
 *
 * @param maxDocumentBytes largest document, enforced while it streams in (20 MiB)
 * @param quotaBytes plaintext bytes per vault (500 MiB)
 * @param quotaDocuments documents per vault (500)
 * @param maxPages pages in one photographed document (20)
 * @param maxImagePixels an image announcing more pixels is refused before decoding (120 million)
 * @param imageDecodeBudgetBytes decoded-image memory; larger images are decoded subsampled (48 MiB)
 * @param imageDecodeConcurrency images decoded at once (2)
 * @param maxFileNameLength characters kept of a file name, extension included (120)
 * @param defaultShareDays validity of a share when the usager does not choose (30)
 * @param maxShareDays longest share (365)
 * @param chunkSize plaintext bytes per encrypted chunk (256 KiB: below G1's humongous-object size in small
 *     heaps, in the CPU cache, and the GCM intrinsics are compiled after fewer megabytes)
 * @param verifiedReadLimit documents up to this size are authenticated whole before the first byte
 *     is released (32 MiB, above the default document limit)
 * @param cryptoThreads threads decrypting chunks in parallel (number of processors)
 * @param spoolDirectory temporary files (java.io.tmpdir/teleservices-vault)
 * @param zone the day a share expires is a day in this zone (Europe/Paris)
 * @param reconciliationGrace objects without a row younger than this are left alone (24 h)
 * @param antivirus clamd to scan uploads with, null for none
 */
public record VaultConfig(
    long maxDocumentBytes,
    long quotaBytes,
    int quotaDocuments,
    int maxPages,
    long maxImagePixels,
    long imageDecodeBudgetBytes,
    int imageDecodeConcurrency,
    int maxFileNameLength,
    int defaultShareDays,
    int maxShareDays,
    int chunkSize,
    long verifiedReadLimit,
    int cryptoThreads,
    Path spoolDirectory,
    ZoneId zone,
    Duration reconciliationGrace,
    ClamdConfig antivirus) {

  private static final long MIB = 1024L * 1024;

  public VaultConfig {
    Objects.requireNonNull(spoolDirectory, "spoolDirectory");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(reconciliationGrace, "reconciliationGrace");
    if (maxDocumentBytes <= 0 || quotaBytes <= 0 || quotaDocuments <= 0 || maxPages <= 0 || cryptoThreads <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (maxFileNameLength < 16 || maxFileNameLength > 255) {
      throw new IllegalArgumentException("file names are kept with 16 to 255 characters");
    }
    if (defaultShareDays < 0 || defaultShareDays > maxShareDays) {
      throw new IllegalArgumentException("the default share must fit within the longest share");
    }
  }

  public static VaultConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxDocumentBytes = maxDocumentBytes;
    b.quotaBytes = quotaBytes;
    b.quotaDocuments = quotaDocuments;
    b.maxPages = maxPages;
    b.maxImagePixels = maxImagePixels;
    b.imageDecodeBudgetBytes = imageDecodeBudgetBytes;
    b.imageDecodeConcurrency = imageDecodeConcurrency;
    b.maxFileNameLength = maxFileNameLength;
    b.defaultShareDays = defaultShareDays;
    b.maxShareDays = maxShareDays;
    b.chunkSize = chunkSize;
    b.verifiedReadLimit = verifiedReadLimit;
    b.cryptoThreads = cryptoThreads;
    b.spoolDirectory = spoolDirectory;
    b.zone = zone;
    b.reconciliationGrace = reconciliationGrace;
    b.antivirus = antivirus;
    return b;
  }

  /** Builds a configuration from the defaults. */
  public static final class Builder {
    private long maxDocumentBytes = 20 * MIB;
    private long quotaBytes = 500 * MIB;
    private int quotaDocuments = 500;
    private int maxPages = 20;
    private long maxImagePixels = 120_000_000L;
    private long imageDecodeBudgetBytes = 48 * MIB;
    private int imageDecodeConcurrency = 2;
    private int maxFileNameLength = 120;
    private int defaultShareDays = 30;
    private int maxShareDays = 365;
    private int chunkSize = 256 * 1024;
    private long verifiedReadLimit = 32 * MIB;
    private int cryptoThreads = Runtime.getRuntime().availableProcessors();
    private Path spoolDirectory = Path.of(System.getProperty("java.io.tmpdir"), "teleservices-vault");
    private ZoneId zone = ZoneId.of("Europe/Paris");
    private Duration reconciliationGrace = Duration.ofHours(24);
    private ClamdConfig antivirus;

    private Builder() {}

    public Builder maxDocumentBytes(long v) {
      maxDocumentBytes = v;
      return this;
    }

    public Builder quotaBytes(long v) {
      quotaBytes = v;
      return this;
    }

    public Builder quotaDocuments(int v) {
      quotaDocuments = v;
      return this;
    }

    public Builder maxPages(int v) {
      maxPages = v;
      return this;
    }

    public Builder maxImagePixels(long v) {
      maxImagePixels = v;
      return this;
    }

    public Builder imageDecodeBudgetBytes(long v) {
      imageDecodeBudgetBytes = v;
      return this;
    }

    public Builder imageDecodeConcurrency(int v) {
      imageDecodeConcurrency = v;
      return this;
    }

    public Builder maxFileNameLength(int v) {
      maxFileNameLength = v;
      return this;
    }

    public Builder defaultShareDays(int v) {
      defaultShareDays = v;
      return this;
    }

    public Builder maxShareDays(int v) {
      maxShareDays = v;
      return this;
    }

    public Builder chunkSize(int v) {
      chunkSize = v;
      return this;
    }

    public Builder verifiedReadLimit(long v) {
      verifiedReadLimit = v;
      return this;
    }

    public Builder cryptoThreads(int v) {
      cryptoThreads = v;
      return this;
    }

    public Builder spoolDirectory(Path v) {
      spoolDirectory = v;
      return this;
    }

    public Builder zone(ZoneId v) {
      zone = v;
      return this;
    }

    public Builder reconciliationGrace(Duration v) {
      reconciliationGrace = v;
      return this;
    }

    public Builder antivirus(ClamdConfig v) {
      antivirus = v;
      return this;
    }

    public VaultConfig build() {
      return new VaultConfig(
          maxDocumentBytes,
          quotaBytes,
          quotaDocuments,
          maxPages,
          maxImagePixels,
          imageDecodeBudgetBytes,
          imageDecodeConcurrency,
          maxFileNameLength,
          defaultShareDays,
          maxShareDays,
          chunkSize,
          verifiedReadLimit,
          cryptoThreads,
          spoolDirectory,
          zone,
          reconciliationGrace,
          antivirus);
    }
  }
}
