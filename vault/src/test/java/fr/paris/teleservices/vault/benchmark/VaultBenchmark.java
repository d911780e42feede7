package fr.paris.teleservices.vault.benchmark;

import fr.paris.teleservices.testsupport.TestDatabase;
import fr.paris.teleservices.testsupport.TestObjectStore;
import fr.paris.teleservices.vault.TestFiles;
import fr.paris.teleservices.vault.Vault;
import fr.paris.teleservices.vault.VaultConfig;
import fr.paris.teleservices.vault.VaultSchema;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.document.ReadPurpose;
import fr.paris.teleservices.vault.keys.MasterKeyStore;
import fr.paris.teleservices.vault.storage.S3Config;
import fr.paris.teleservices.vault.storage.S3ObjectStore;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Stores and reads back a large PDF (a) raw through the MinIO client and (b) through the vault —
 * type detection, spooling and PDFBox inspection of the whole file, SHA-256, AES-256-GCM, S3 — to
 * the same in-process S3Proxy, and prints both throughputs. Run it with a small heap to show that
 * memory stays bounded: {@code mvn -pl vault -Pbenchmark verify} (-Xmx256m).
 */
public final class VaultBenchmark {

  private static final long MIB = 1024 * 1024;
  private static final String BUCKET = "benchmark";
  /** Held here so that its level sticks: each round closes its test vault, and those INFO lines would garble the figures. */
  private static final java.util.logging.Logger VAULT_LOGS = java.util.logging.Logger.getLogger("fr.paris.teleservices.vault");

  public static void main(String[] args) throws Exception {
    int status = 0;
    try {
      run();
    } catch (Throwable e) {
      e.printStackTrace();
      status = 1;
    } finally {
      // The embedded MariaDB's process watcher is not a daemon thread: only exit() runs the hook that stops it.
      System.exit(status);
    }
  }

  private static void run() throws Exception {
    VAULT_LOGS.setLevel(java.util.logging.Level.WARNING);
    long size = Long.getLong("benchmark.mib", 200) * MIB;
    int rounds = Integer.getInteger("benchmark.rounds", 3);
    int warmups = Integer.getInteger("benchmark.warmups", 5);
    Path work = Files.createTempDirectory("vault-benchmark");
    try (TestObjectStore s3 = TestObjectStore.start();
        TestDatabase database = TestDatabase.create("bench")) {
      S3Config config = S3Config.of(s3.endpoint(), "us-east-1", TestObjectStore.ACCESS_KEY, TestObjectStore.SECRET_KEY, BUCKET);
      S3ObjectStore store = S3ObjectStore.create(config);
      store.ensureBucket();
      VaultSchema.migrate(database.dataSource());
      MinioClient raw =
          MinioClient.builder().endpoint(config.endpoint()).region(config.region()).credentials(config.accessKey(), config.secretKey()).build();
      raw.setTimeout(10_000, 60_000, 60_000);
      MasterKeyStore keys = MasterKeyStore.generateIfMissing(work.resolve("keys.p12"), "benchmark".toCharArray());
      VaultConfig vaultConfig =
          VaultConfig.builder().spoolDirectory(work.resolve("spool")).maxDocumentBytes(1024 * MIB).quotaBytes(Long.MAX_VALUE / 2).build();
      try (Vault vault = Vault.builder(database.dataSource(), store, keys).config(vaultConfig).build();
          Vault verifyingVault =
              Vault.builder(database.dataSource(), store, keys).config(vaultConfig.toBuilder().verifiedReadLimit(size + MIB).build()).build()) {
        Path file = work.resolve("document.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
          TestFiles.writePdf(out, size, 2);
        }
        long bytes = Files.size(file);
        System.out.printf(Locale.ROOT, "%nVault benchmark: %.1f MiB PDF, %d cores, max heap %d MiB, %s %s%n",
            bytes / (double) MIB, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MIB,
            System.getProperty("java.vm.name"), System.getProperty("java.version"));

        Runner runner = new Runner(raw, vault, verifyingVault);
        // AES-GCM, SHA-256, S3Proxy's Jetty and okio all reach full speed only once C2 has compiled
        // their hot paths: the first GiB or so of traffic.
        System.out.println("Warming up:");
        for (int i = 0; i < warmups; i++) {
          runner.round(file, bytes);
        }
        System.out.println("Measuring:");
        List<double[]> results = new ArrayList<>();
        HeapWatch heap = HeapWatch.begin();
        for (int i = 0; i < rounds; i++) {
          results.add(runner.round(file, bytes));
        }
        heap.stopWatching();
        double[] median = new double[5];
        for (int k = 0; k < median.length; k++) {
          double[] column = new double[results.size()];
          for (int i = 0; i < column.length; i++) {
            column[i] = results.get(i)[k];
          }
          Arrays.sort(column);
          median[k] = column[column.length / 2];
        }
        System.out.printf(Locale.ROOT, "%nMedian of %d rounds (MiB/s):%n", rounds);
        System.out.printf(Locale.ROOT, "  upload    raw MinIO %7.1f   vault %7.1f   ratio %.2f%n", median[0], median[2], median[2] / median[0]);
        System.out.printf(Locale.ROOT, "  download  raw MinIO %7.1f   vault %7.1f   ratio %.2f   (streamed, chunk by chunk)%n",
            median[1], median[3], median[3] / median[1]);
        System.out.printf(Locale.ROOT, "  download  raw MinIO %7.1f   vault %7.1f   ratio %.2f   (whole object authenticated before release)%n",
            median[1], median[4], median[4] / median[1]);
        System.out.printf(Locale.ROOT, "  heap used (sampled every 5 ms, garbage included): peak %d MiB of %d MiB%n%n",
            heap.peak / MIB, Runtime.getRuntime().maxMemory() / MIB);
      }
    } finally {
      try (var files = Files.walk(work)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** One round: raw upload, raw download, vault upload, vault downloads; returns MiB/s for each. */
  private record Runner(MinioClient raw, Vault vault, Vault verifyingVault) {

    double[] round(Path file, long bytes) throws Exception {
      Actor.Usager owner = Actor.usager("benchmark-" + System.nanoTime(), "Benchmark");
      String key = "raw/" + System.nanoTime();

      long t0 = System.nanoTime();
      try (InputStream in = Files.newInputStream(file)) {
        raw.putObject(PutObjectArgs.builder().bucket(BUCKET).object(key).stream(in, bytes, S3Config.DEFAULT_PART_SIZE).build());
      }
      long t1 = System.nanoTime();
      try (InputStream in = raw.getObject(GetObjectArgs.builder().bucket(BUCKET).object(key).build())) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      long t2 = System.nanoTime();
      DocumentSummary summary;
      try (InputStream in = Files.newInputStream(file)) {
        summary = vault.deposit(owner, DepositRequest.of(in, "document.pdf", "application/pdf", DocumentType.OTHER));
      }
      long t3 = System.nanoTime();
      Counting out = new Counting();
      vault.read(owner, summary.id(), ReadPurpose.DOWNLOAD, out);
      long t4 = System.nanoTime();
      Counting verified = new Counting();
      verifyingVault.read(owner, summary.id(), ReadPurpose.DOWNLOAD, verified);
      long t5 = System.nanoTime();
      if (out.count != bytes || verified.count != bytes) {
        throw new IllegalStateException("read back " + out.count + " / " + verified.count + " bytes instead of " + bytes);
      }
      raw.removeObject(RemoveObjectArgs.builder().bucket(BUCKET).object(key).build());
      vault.destroyVault(owner, owner.ownerId());
      double mib = bytes / (double) MIB;
      double[] rates = {mib / seconds(t1 - t0), mib / seconds(t2 - t1), mib / seconds(t3 - t2), mib / seconds(t4 - t3), mib / seconds(t5 - t4)};
      System.out.printf(Locale.ROOT, "  %.0f MiB: upload raw %.1f vault %.1f | download raw %.1f vault %.1f verified-first %.1f MiB/s%n",
          mib, rates[0], rates[2], rates[1], rates[3], rates[4]);
      return rates;
    }

    private static double seconds(long nanos) {
      return nanos / 1e9;
    }
  }

  private static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  /** Samples the heap in use while the measured rounds run. */
  private static final class HeapWatch extends Thread {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile boolean running = true;
    private volatile long peak;

    static HeapWatch begin() {
      HeapWatch watch = new HeapWatch();
      watch.setDaemon(true);
      watch.start();
      return watch;
    }

    @Override
    public void run() {
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stopWatching() throws InterruptedException {
      running = false;
      join();
    }
  }
}
