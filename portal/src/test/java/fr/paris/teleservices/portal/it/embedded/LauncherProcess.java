package fr.paris.teleservices.portal.it.embedded;

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
import java.util.concurrent.TimeUnit;

/** The README's run command, as a separate process: what a person starts on a fresh machine. */
final class LauncherProcess implements AutoCloseable {

  private final Process process;
  private final List<String> output = Collections.synchronizedList(new ArrayList<>());

  private LauncherProcess(Process process) {
    this.process = process;
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  output.add(line);
                }
              } catch (IOException ended) {
                // The process is gone.
              }
            },
            "launcher-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the launcher with only the given settings: nothing inherited from this JVM's. */
  static LauncherProcess start(Map<String, String> environment) throws IOException {
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

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Waits for a line containing {@code text}; false if the process ended or time ran out. */
  boolean awaitLine(String text, long timeoutSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (System.nanoTime() < deadline) {
      synchronized (output) {
        if (output.stream().anyMatch(l -> l.contains(text))) {
          return true;
        }
      }
      if (!process.isAlive()) {
        Thread.sleep(200);
        synchronized (output) {
          return output.stream().anyMatch(l -> l.contains(text));
        }
      }
      Thread.sleep(200);
    }
    return false;
  }

  int awaitExit(long timeoutSeconds) throws InterruptedException {
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      throw new IllegalStateException("The launcher did not exit: " + output());
    }
    Thread.sleep(200);
    return process.exitValue();
  }

  List<String> output() {
    synchronized (output) {
      return List.copyOf(output);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
