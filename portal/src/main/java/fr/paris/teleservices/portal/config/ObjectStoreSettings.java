package fr.paris.teleservices.portal.config;

import org.eclipse.microprofile.config.Config;

/** Where the vault's encrypted objects are stored: any S3-compatible endpoint. */
public record ObjectStoreSettings(
    String endpoint, String region, String accessKey, String secretKey, String bucket) {

  public static ObjectStoreSettings from(Config config) {
    return new ObjectStoreSettings(
        config.getValue(ConfigKeys.S3_ENDPOINT, String.class),
        config.getOptionalValue(ConfigKeys.S3_REGION, String.class).orElse("us-east-1"),
        config.getValue(ConfigKeys.S3_ACCESS_KEY, String.class),
        config.getValue(ConfigKeys.S3_SECRET_KEY, String.class),
        config.getOptionalValue(ConfigKeys.S3_BUCKET, String.class).orElse("teleservices-vault"));
  }
}
