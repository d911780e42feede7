package fr.paris.teleservices.portal.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command in a child process, with only the given settings: embedded MariaDB and
 * S3 server under the data directory, then the portal on Payara Micro in a JVM of its own.
 */
public final class LauncherProcess implements AutoCloseable {

  private final Process process;
  private final List<String> output = Collections.synchronizedList(new ArrayList<>());

  private LauncherProcess(Process process) {
    this.process = process;
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  output.add(line);
                }
              } catch (IOException ended) {
                // The launcher is gone.
              }
            },
            "portal-launcher-output");
    reader.setDaemon(true);
    reader.start();
  }

  public static LauncherProcess start(Map<String, String> environment) throws IOException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            classPath,
            "fr.paris.teleservices.portal.embedded.Launcher",
            "--war",
            Path.of(System.getProperty("portal.war")).toString(),
            "--payara",
            Path.of(System.getProperty("payara.microJar")).toString());
    builder.environment().keySet().removeIf(name -> name.startsWith("PORTAL_"));
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    return new LauncherProcess(builder.start());
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Waits for a line containing {@code text}; false if the launcher ended or time ran out. */
  public boolean awaitLine(String text, long timeoutSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (System.nanoTime() < deadline) {
      if (output().stream().anyMatch(l -> l.contains(text))) {
        return true;
      }
      if (!process.isAlive()) {
        Thread.sleep(200);
        return output().stream().anyMatch(l -> l.contains(text));
      }
      Thread.sleep(200);
    }
    return false;
  }

  /** The JVM running Payara Micro and the portal, a child of the launcher. */
  public int awaitExit(long timeoutSeconds) throws InterruptedException {
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      throw new IllegalStateException("The launcher did not exit: " + output());
    }
    Thread.sleep(200);
    return process.exitValue();
  }
  public Optional<ProcessHandle> portal() {
    return process.descendants()
        .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("payara-micro.jar")).orElse(false))
        .findFirst();
  }

  /** SIGKILL to the launcher alone, as a crash would: what it started is left running. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public List<String> output() {
    synchronized (output) {
      return List.copyOf(output);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
