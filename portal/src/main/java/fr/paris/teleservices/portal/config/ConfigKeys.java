package fr.paris.teleservices.portal.config;

import java.util.Locale;

/**
 * Every configuration key of the portal, in one place (MicroProfile Config). Each key can be given
 * as a system property or as an environment variable named by {@link #environmentName(String)}:
 * {@code portal.db.url} is {@code PORTAL_DB_URL}. The README documents each one with its default.
 */
public final class ConfigKeys {

  public static final String DB_URL = "portal.db.url";
  public static final String DB_USER = "portal.db.user";
  public static final String DB_PASSWORD = "portal.db.password";

  public static final String S3_ENDPOINT = "portal.s3.endpoint";
  public static final String S3_REGION = "portal.s3.region";
  public static final String S3_ACCESS_KEY = "portal.s3.access-key";
  public static final String S3_SECRET_KEY = "portal.s3.secret-key";
  public static final String S3_BUCKET = "portal.s3.bucket";

  public static final String KEYSTORE_PATH = "portal.vault.keystore.path";
  public static final String KEYSTORE_PASSWORD = "portal.vault.keystore.password";
  /** Embedded mode only: create the master keystore on first start. */
  public static final String KEYSTORE_GENERATE = "portal.vault.keystore.generate";

  public static final String TWILIO_ACCOUNT_SID = "portal.twilio.account-sid";
  public static final String TWILIO_AUTH_TOKEN = "portal.twilio.auth-token";
  public static final String TWILIO_FROM = "portal.twilio.from";
  public static final String TWILIO_MESSAGING_SERVICE_SID = "portal.twilio.messaging-service-sid";
  public static final String TWILIO_API_BASE_URL = "portal.twilio.api-base-url";

  /** The address people type to reach the portal; used in SMS and to check Twilio signatures. */
  public static final String PUBLIC_URL = "portal.public-url";

  /** Embedded mode only: create the demo staff and usager accounts documented in the README. */
  public static final String DEMO_ACCOUNTS = "portal.demo-accounts";

  /** Launcher only: where embedded services keep their data. */
  public static final String DATA_DIR = "portal.data-dir";
  /** Launcher only: the HTTP port of the portal. */
  public static final String HTTP_PORT = "portal.http-port";

  private ConfigKeys() {}

  /** The environment variable that carries a key, by MicroProfile Config's mapping rules. */
  public static String environmentName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }
}
