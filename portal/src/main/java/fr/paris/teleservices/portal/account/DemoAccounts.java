package fr.paris.teleservices.portal.account;

import java.util.List;

/**
 * The accounts a person trying the portal logs in with. Created only in embedded mode
 * ({@code portal.demo-accounts=true}, set by the launcher when it starts the embedded database);
 * never in production. Listed in the README and printed by the run command.
 */
public final class DemoAccounts {

  public static final String PASSWORD = "Paris-Solidaire-2026";

  /**
   * The authenticator key (base32) of every demo staff account: add it to an authenticator app, or
   * read the code that the code page shows for demo accounts in embedded mode.
   */
  public static final String SECOND_FACTOR_KEY = "PARISSOLIDAIREDEMOSTAFFKEYAAAAAA";

  /** One demo account. */
  public record Demo(Role role, String login, String password, String displayName, String structureCode) {}

  public static final List<Demo> ALL =
      List.of(
          new Demo(Role.USAGER, "usager.demo@example.org", PASSWORD, "Amina Benali", null),
          new Demo(Role.SOCIAL_WORKER, "ts.demo", PASSWORD, "Claire Martin", "EPS-13"),
          new Demo(Role.AGENT, "agent.demo", PASSWORD, "Karim Diallo", "ENAD-13"),
          new Demo(Role.ADMIN, "admin.demo", PASSWORD, "Sophie Laurent", null),
          new Demo(Role.SOCIAL_WORKER, "domiciliation.demo", PASSWORD, "Nadia Haddad", "PARIS-ADRESSE"));

  private DemoAccounts() {}
}
