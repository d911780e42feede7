package fr.paris.teleservices.vault.sharing;

import java.util.Objects;

/** The social worker or structure a share is for; the name is a snapshot shown to the usager. */
public record Grantee(GranteeKind kind, String id, String name) {

  public Grantee {
    Objects.requireNonNull(kind, "kind");
    if (id == null || id.isBlank() || id.length() > 64) {
      throw new IllegalArgumentException("grantee id must be 1 to 64 characters");
    }
    Objects.requireNonNull(name, "name");
  }

  public static Grantee socialWorker(String workerId, String name) {
    return new Grantee(GranteeKind.SOCIAL_WORKER, workerId, name);
  }

  public static Grantee structure(String structureId, String name) {
    return new Grantee(GranteeKind.STRUCTURE, structureId, name);
  }
}
