package fr.paris.teleservices.portal.storage;

import fr.paris.teleservices.portal.config.ObjectStoreSettings;
import fr.paris.teleservices.portal.config.ServiceCheck;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/** Checks the S3 settings at start-up and creates the vault's bucket when it does not exist. */
@Singleton
@Startup
public class BucketSetup {

  private static final Logger LOG = Logger.getLogger(BucketSetup.class.getName());

  @PostConstruct
  void ensureBucket() {
    ObjectStoreSettings s = ObjectStoreSettings.from(ConfigProvider.getConfig());
    ServiceCheck.objectStore(s.endpoint(), s.region(), s.accessKey(), s.secretKey(), s.bucket())
        .ifPresent(
            problem -> {
              LOG.severe(problem);
              throw new IllegalStateException(problem);
            });
    try {
      MinioClient client =
          MinioClient.builder()
              .endpoint(s.endpoint())
              .region(s.region())
              .credentials(s.accessKey(), s.secretKey())
              .build();
      if (!client.bucketExists(BucketExistsArgs.builder().bucket(s.bucket()).build())) {
        client.makeBucket(MakeBucketArgs.builder().bucket(s.bucket()).region(s.region()).build());
        LOG.info(() -> "Bucket created: " + s.bucket());
      }
    } catch (Exception e) {
      throw new IllegalStateException("Cannot create the bucket " + s.bucket(), e);
    }
  }
}
