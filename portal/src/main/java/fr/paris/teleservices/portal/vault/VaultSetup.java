package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.config.ConfigKeys;
import fr.paris.teleservices.portal.config.ObjectStoreSettings;
import fr.paris.teleservices.portal.persistence.ContainerTransactions;
import fr.paris.teleservices.vault.Vault;
import fr.paris.teleservices.vault.VaultConfig;
import fr.paris.teleservices.vault.antivirus.ClamdConfig;
import fr.paris.teleservices.vault.keys.MasterKeyStore;
import fr.paris.teleservices.vault.storage.S3Config;
import fr.paris.teleservices.vault.storage.S3ObjectStore;
import fr.paris.teleservices.vault.transaction.SqlWork;
import fr.paris.teleservices.vault.transaction.TransactionRunner;
import fr.paris.teleservices.vault.transaction.VaultDatabaseException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The vault module as the portal runs it: the S3 store and the master keystore from configuration,
 * each vault operation in a container transaction of its own.
 */
@ApplicationScoped
public class VaultSetup {

  public static final String MAX_DOCUMENT_BYTES = "portal.vault.max-document-bytes";
  public static final String QUOTA_BYTES = "portal.vault.quota-bytes";
  public static final String CLAMD_HOST = "portal.vault.clamd.host";
  public static final String CLAMD_PORT = "portal.vault.clamd.port";

  @Inject ContainerTransactions transactions;

  private Vault vault;
  private VaultConfig settings;
  private S3ObjectStore store;
  private MasterKeyStore keys;

  @PostConstruct
  void open() {
    Config config = ConfigProvider.getConfig();
    ObjectStoreSettings s3 = ObjectStoreSettings.from(config);
    store = S3ObjectStore.create(S3Config.of(s3.endpoint(), s3.region(), s3.accessKey(), s3.secretKey(), s3.bucket()));
    store.ensureBucket();
    Path keystore = Path.of(config.getValue(ConfigKeys.KEYSTORE_PATH, String.class));
    char[] password = config.getValue(ConfigKeys.KEYSTORE_PASSWORD, String.class).toCharArray();
    boolean generate = config.getOptionalValue(ConfigKeys.KEYSTORE_GENERATE, Boolean.class).orElse(false);
    keys =
        generate ? MasterKeyStore.generateIfMissing(keystore, password) : MasterKeyStore.open(keystore, password);
    VaultConfig.Builder limits = VaultConfig.defaults().toBuilder();
    config.getOptionalValue(MAX_DOCUMENT_BYTES, Long.class).ifPresent(limits::maxDocumentBytes);
    config.getOptionalValue(QUOTA_BYTES, Long.class).ifPresent(limits::quotaBytes);
    // With clamd configured every upload is scanned, and refused while clamd does not answer.
    config.getOptionalValue(CLAMD_HOST, String.class)
        .filter(host -> !host.isBlank())
        .ifPresent(host -> limits.antivirus(ClamdConfig.of(host, config.getOptionalValue(CLAMD_PORT, Integer.class).orElse(3310))));
    settings = limits.build();
    vault =
        Vault.builder(transactions.dataSource(), store, keys)
            .transactions(new OwnTransactions(transactions))
            .config(settings)
            .build();
  }

  @PreDestroy
  void close() {
    if (vault != null) {
      vault.close();
    }
  }

  /** The master keys, also used to protect staff members' second-factor keys. */
  public MasterKeyStore masterKeys() {
    return keys;
  }

  /** The S3 store itself: administration and tests look at objects directly. */
  public S3ObjectStore store() {
    return store;
  }

  public Vault vault() {
    return vault;
  }

  /** The limits the vault runs with (largest document, quota, share durations), for the pages' hints. */
  public VaultConfig config() {
    return settings;
  }

  /** Each unit of vault work commits on its own (pages call the vault outside any transaction). */
  record OwnTransactions(ContainerTransactions transactions) implements TransactionRunner {
    @Override
    public <T> T inTransaction(SqlWork<T> work) {
      try {
        return transactions.inNewTransaction(work::run);
      } catch (SQLException e) {
        throw new VaultDatabaseException(e);
      }
    }
  }
}
