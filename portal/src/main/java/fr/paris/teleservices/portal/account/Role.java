package fr.paris.teleservices.portal.account;

/** What a person may do in the portal; each role has its own home page and area. */
public enum Role {
  /** A Parisian applying for aid or domiciliation. */
  USAGER("/usager/demarches.xhtml"),
  /** A social worker of an Espace Parisien des Solidarités: instructs requests. */
  SOCIAL_WORKER("/social-worker/index.xhtml"),
  /** An agent of an espace numérique d'accès aux droits: files for a usager under a mandate. */
  AGENT("/agent/index.xhtml"),
  /** Manages the catalog, staff accounts, reminders; reads the SMS outbox. */
  ADMIN("/admin/index.xhtml");

  private final String home;

  Role(String home) {
    this.home = home;
  }

  /** The page a person of this role lands on after logging in. */
  public String home() {
    return home;
  }

  public boolean isStaff() {
    return this != USAGER;
  }
}
