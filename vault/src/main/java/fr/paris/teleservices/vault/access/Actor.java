package fr.paris.teleservices.vault.access;

import java.util.Objects;

/**
 * The person (or job) on whose authority an operation runs. Ids are the portal's opaque public ids;
 * names are snapshots written to the journal so that the usager can later read who did what.
 */
public sealed interface Actor
    permits Actor.Usager, Actor.SocialWorker, Actor.Agent, Actor.Administrator {

  /** Longest id the vault stores (column width). */
  int MAX_ID_LENGTH = 64;

  ActorKind kind();

  String id();

  String displayName();

  static Usager usager(String ownerId, String displayName) {
    return new Usager(ownerId, displayName);
  }

  static SocialWorker socialWorker(
      String workerId, String name, String structureId, String structureName) {
    return new SocialWorker(workerId, name, structureId, structureName);
  }

  static Agent agent(String agentId, String name, String usagerId, String mandateId) {
    return new Agent(agentId, name, usagerId, mandateId);
  }

  /** An administrator, or a scheduled job acting as one (integrity check, reconciliation, rotation). */
  static Administrator administrator(String adminId, String name) {
    return new Administrator(adminId, name);
  }

  /** The usager, owner of their vault. */
  record Usager(String ownerId, String displayName) implements Actor {
    public Usager {
      requireId(ownerId, "ownerId");
      displayName = Objects.requireNonNull(displayName, "displayName");
    }

    @Override
    public ActorKind kind() {
      return ActorKind.USAGER;
    }

    @Override
    public String id() {
      return ownerId;
    }
  }

  /** A travailleur social of a structure (EPS); sees only what usagers shared with them or their structure. */
  record SocialWorker(String workerId, String displayName, String structureId, String structureName)
      implements Actor {
    public SocialWorker {
      requireId(workerId, "workerId");
      requireId(structureId, "structureId");
      displayName = Objects.requireNonNull(displayName, "displayName");
      structureName = Objects.requireNonNull(structureName, "structureName");
    }

    @Override
    public ActorKind kind() {
      return ActorKind.SOCIAL_WORKER;
    }

    @Override
    public String id() {
      return workerId;
    }
  }

  /**
   * An agent (médiateur numérique, agent d'accueil) acting for a usager under a mandate that the
   * portal has verified. Acts on the usager's documents, but may never share, revoke or close the
   * vault: those decisions stay with the usager.
   */
  record Agent(String agentId, String displayName, String usagerId, String mandateId) implements Actor {
    public Agent {
      requireId(agentId, "agentId");
      requireId(usagerId, "usagerId");
      requireId(mandateId, "mandateId");
      displayName = Objects.requireNonNull(displayName, "displayName");
    }

    @Override
    public ActorKind kind() {
      return ActorKind.AGENT;
    }

    @Override
    public String id() {
      return agentId;
    }
  }

  /** Runs checks, reconciliation and key rotation; never reads a document's content. */
  record Administrator(String adminId, String displayName) implements Actor {
    public Administrator {
      requireId(adminId, "adminId");
      displayName = Objects.requireNonNull(displayName, "displayName");
    }

    @Override
    public ActorKind kind() {
      return ActorKind.ADMINISTRATOR;
    }

    @Override
    public String id() {
      return adminId;
    }
  }

  private static void requireId(String id, String what) {
    if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(what + " must be 1 to " + MAX_ID_LENGTH + " characters");
    }
  }
}
