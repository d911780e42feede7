package fr.paris.teleservices.vault.integrity;

import java.time.Instant;
import java.util.List;

/**
 * @param checked documents examined
 * @param failures the documents that are not {@link CheckStatus#OK}
 */
public record IntegrityReport(Instant startedAt, Instant finishedAt, long checked, List<DocumentCheck> failures) {

  public IntegrityReport {
    failures = List.copyOf(failures);
  }

  public boolean allOk() {
    return failures.isEmpty();
  }

  public long count(CheckStatus status) {
    return status == CheckStatus.OK ? checked - failures.size() : failures.stream().filter(f -> f.status() == status).count();
  }
}
