package fr.paris.teleservices.portal.embedded;

import fr.paris.teleservices.portal.config.ConfigKeys;

/**
 * A setting that is wrong. The launcher prints it as one line naming the setting and exits, rather
 * than letting a connection failure surface as a long stack trace.
 */
final class ConfigurationError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A line already written by {@link fr.paris.teleservices.portal.config.ServiceCheck}. */
  ConfigurationError(String line) {
    super(line);
  }

  ConfigurationError(String key, String problem) {
    super(
        "Configuration error: "
            + ConfigKeys.environmentName(key)
            + " ("
            + key
            + ") "
            + problem);
  }
}
