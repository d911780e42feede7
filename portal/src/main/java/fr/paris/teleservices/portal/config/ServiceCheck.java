package fr.paris.teleservices.portal.config;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import io.minio.errors.ErrorResponseException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Checks that a configured external service answers, and turns a failure into one line that names
 * the setting to fix. Used by the launcher before start-up and by the portal's own start-up.
 */
public final class ServiceCheck {

  private ServiceCheck() {}

  /** Empty when the database accepts the credentials; otherwise the line to print. */
  public static Optional<String> database(String url, String user, String password) {
    Properties props = new Properties();
    props.setProperty("user", user == null ? "" : user);
    props.setProperty("password", password == null ? "" : password);
    props.setProperty("connectTimeout", "5000");
    props.setProperty("socketTimeout", "10000");
    // The driver is called directly: DriverManager only sees drivers of the system class loader.
    try (Connection c = new org.mariadb.jdbc.Driver().connect(url, props)) {
      if (c == null) {
        return Optional.of(problem(ConfigKeys.DB_URL, "is not a MariaDB JDBC URL: " + redact(url)));
      }
      c.isValid(5);
      return Optional.empty();
    } catch (SQLException e) {
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      if (state.startsWith("28") || e.getErrorCode() == 1045) {
        return Optional.of(
            problem(ConfigKeys.DB_USER, "or " + ConfigKeys.environmentName(ConfigKeys.DB_PASSWORD)
                + " is wrong: the database at " + redact(url) + " refused them"));
      }
      if (e.getErrorCode() == 1049) {
        return Optional.of(
            problem(ConfigKeys.DB_URL, "names a database that does not exist: " + redact(url)));
      }
      return Optional.of(
          problem(ConfigKeys.DB_URL, "cannot be reached: " + redact(url) + " (" + firstLine(e) + ")"));
    }
  }

  /** Empty when the S3 endpoint accepts the credentials; otherwise the line to print. */
  public static Optional<String> objectStore(
      String endpoint, String region, String accessKey, String secretKey, String bucket) {
    MinioClient client;
    try {
      client =
          MinioClient.builder()
              .endpoint(endpoint)
              .region(region)
              .credentials(accessKey, secretKey)
              .build();
      client.setTimeout(
          TimeUnit.SECONDS.toMillis(5), TimeUnit.SECONDS.toMillis(10), TimeUnit.SECONDS.toMillis(10));
    } catch (IllegalArgumentException e) {
      return Optional.of(problem(ConfigKeys.S3_ENDPOINT, "is not a valid URL: " + endpoint));
    }
    try {
      client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
      return Optional.empty();
    } catch (ErrorResponseException e) {
      String code = e.errorResponse() == null ? "" : e.errorResponse().code();
      if ("InvalidAccessKeyId".equals(code)) {
        return Optional.of(
            problem(ConfigKeys.S3_ACCESS_KEY, "is not known to the S3 endpoint " + endpoint));
      }
      if ("AccessDenied".equals(code)) {
        return Optional.of(
            problem(
                ConfigKeys.S3_ACCESS_KEY,
                "or " + ConfigKeys.environmentName(ConfigKeys.S3_SECRET_KEY)
                    + " is refused by the S3 endpoint " + endpoint + " (access denied)"));
      }
      if ("SignatureDoesNotMatch".equals(code)) {
        return Optional.of(
            problem(ConfigKeys.S3_SECRET_KEY, "does not match the access key at " + endpoint));
      }
      return Optional.of(problem(ConfigKeys.S3_ENDPOINT, "answered " + code + " at " + endpoint));
    } catch (Exception e) {
      Throwable root = rootCause(e);
      if (root instanceof ConnectException || root instanceof UnknownHostException) {
        return Optional.of(problem(ConfigKeys.S3_ENDPOINT, "cannot be reached: " + endpoint));
      }
      return Optional.of(
          problem(ConfigKeys.S3_ENDPOINT, "failed at " + endpoint + " (" + firstLine(root) + ")"));
    }
  }

  static String problem(String key, String what) {
    return "Configuration error: " + ConfigKeys.environmentName(key) + " (" + key + ") " + what;
  }

  /** A JDBC URL may carry a password as a parameter; never print it. */
  static String redact(String url) {
    return url == null ? "" : url.replaceAll("(?i)(password|pwd)=[^&;]*", "$1=***");
  }

  private static String firstLine(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static Throwable rootCause(Throwable t) {
    Throwable current = t;
    while (current.getCause() != null && current.getCause() != current) {
      current = current.getCause();
    }
    return current;
  }
}
