package fr.paris.teleservices.portal.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A process the launcher started (the embedded MariaDB, Payara Micro), written down under the data
 * directory. Ctrl-C stops them all, but a launcher killed outright (kill -9, a crash, a closed
 * virtual machine) leaves them running: the database keeps its files locked and the portal keeps
 * its port, and the next start would fail. The next start reads the record and stops exactly that
 * process: same pid <em>and</em> same start time, so a recycled pid is never touched.
 */
final class ChildProcessRecord {

  private static final long GRACE_SECONDS = 60;

  private final Path file;
  private final String what;

  ChildProcessRecord(Path file, String what) {
    this.file = file;
    this.what = what;
  }

  /** Stops the process an earlier start left running, if any; waits until it has exited. */
  void stopLeftover() throws IOException, InterruptedException {
    Optional<ProcessHandle> leftover = recorded();
    if (leftover.isPresent()) {
      ProcessHandle process = leftover.get();
      System.out.println(
          "[portal] Stopping " + what + " left running by an earlier start (pid " + process.pid() + ")…");
      // SIGTERM first: MariaDB and Payara shut down cleanly on it, the data stays consistent.
      process.destroy();
      try {
        process.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException | java.util.concurrent.ExecutionException stillThere) {
        process.destroyForcibly();
        process.onExit().join();
      }
    }
    Files.deleteIfExists(file);
  }

  void record(ProcessHandle process) throws IOException {
    Files.createDirectories(file.getParent());
    String start = process.info().startInstant().map(Instant::toString).orElse("");
    Files.writeString(file, process.pid() + " " + start + "\n", StandardCharsets.UTF_8);
  }

  void forget() throws IOException {
    Files.deleteIfExists(file);
  }

  private Optional<ProcessHandle> recorded() throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String[] parts = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ", 2);
    if (parts.length < 2 || parts[1].isEmpty()) {
      return Optional.empty();
    }
    long pid;
    Instant started;
    try {
      pid = Long.parseLong(parts[0]);
      started = Instant.parse(parts[1]);
    } catch (RuntimeException damaged) {
      // A record cut short by the crash itself: nothing can be identified safely, so nothing is stopped.
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().startInstant().map(started::equals).orElse(false));
  }
}
