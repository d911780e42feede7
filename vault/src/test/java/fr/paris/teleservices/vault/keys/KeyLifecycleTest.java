package fr.paris.teleservices.vault.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.vault.DestructionReport;
import fr.paris.teleservices.vault.TestFiles;
import fr.paris.teleservices.vault.Vault;
import fr.paris.teleservices.vault.VaultConfig;
import fr.paris.teleservices.vault.VaultFixture;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentNotFoundException;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.document.DocumentUnreadableException;
import fr.paris.teleservices.vault.document.ReadPurpose;
import fr.paris.teleservices.vault.integrity.CheckStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeyLifecycleTest {

  static VaultFixture fx;
  static final Actor ADMIN = Actor.administrator("admin-1", "Admin");

  @BeforeAll
  static void start() {
    fx = VaultFixture.start();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  static Actor.Usager usager() {
    return Actor.usager("u-" + UUID.randomUUID(), "Usager");
  }

  static DocumentSummary deposit(Vault vault, Actor.Usager owner, byte[] content) {
    return vault.deposit(owner, DepositRequest.of(new ByteArrayInputStream(content), "doc.pdf", null, DocumentType.IDENTITY));
  }

  static byte[] read(Vault vault, Actor actor, String id) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    vault.read(actor, id, ReadPurpose.DOWNLOAD, out);
    return out.toByteArray();
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void rotationRewrapsOwnerKeysAndLeavesObjectsUntouched() throws Exception {
    Map<DocumentSummary, byte[]> documents = new LinkedHashMap<>();
    Map<DocumentSummary, Actor.Usager> owners = new LinkedHashMap<>();
    for (int i = 0; i < 3; i++) {
      Actor.Usager owner = usager();
      byte[] pdf = TestFiles.pdf("document " + i);
      DocumentSummary d = deposit(fx.vault, owner, pdf);
      documents.put(d, pdf);
      owners.put(d, owner);
    }
    Map<String, String> objectHashes = new LinkedHashMap<>();
    Map<String, String> wrappedBefore = new LinkedHashMap<>();
    for (DocumentSummary d : documents.keySet()) {
      objectHashes.put(d.id(), sha256(fx.objectFile(fx.objectKey(d.id()))));
      wrappedBefore.put(d.ownerId(), fx.queryString("SELECT HEX(wrapped_key) FROM vault_owner_key WHERE owner_id = '" + d.ownerId() + "'"));
    }
    long owners_ = fx.count("SELECT COUNT(*) FROM vault_owner_key");
    int before = fx.masterKeys.currentVersion();

    RotationReport report = fx.vault.rotateMasterKey(ADMIN);

    assertThat(report.newVersion()).isEqualTo(before + 1);
    assertThat(report.ownerKeysRewrapped()).isEqualTo(owners_);
    assertThat(fx.count("SELECT COUNT(*) FROM vault_owner_key WHERE master_key_version <> " + report.newVersion())).isZero();
    for (DocumentSummary d : documents.keySet()) {
      assertThat(sha256(fx.objectFile(fx.objectKey(d.id())))).as("object bytes").isEqualTo(objectHashes.get(d.id()));
      assertThat(fx.queryString("SELECT HEX(wrapped_key) FROM vault_owner_key WHERE owner_id = '" + d.ownerId() + "'"))
          .isNotEqualTo(wrappedBefore.get(d.ownerId()));
      assertThat(read(fx.vault, owners.get(d), d.id())).isEqualTo(documents.get(d));
    }
    // A restarted application reads the new version from the keystore file.
    MasterKeyStore reopened = MasterKeyStore.open(fx.keystore, VaultFixture.PASSWORD);
    assertThat(reopened.versions().keySet()).contains(before, before + 1);
    try (Vault restarted =
        Vault.builder(fx.dataSource(), fx.store, reopened).config(VaultConfig.builder().spoolDirectory(fx.spool()).build()).build()) {
      DocumentSummary first = documents.keySet().iterator().next();
      assertThat(read(restarted, owners.get(first), first.id())).isEqualTo(documents.get(first));
    }
  }

  @Test
  void closingAVaultShredsItsKeysSoALeftoverObjectIsUnreadable() throws Exception {
    Actor.Usager owner = usager();
    byte[] pdf = TestFiles.pdf("Carte mobilite inclusion");
    DocumentSummary d = deposit(fx.vault, owner, pdf);
    Path object = fx.objectFile(fx.objectKey(d.id()));
    byte[] ciphertext = Files.readAllBytes(object);
    List<String> row =
        List.of(
            fx.queryString("SELECT CONCAT_WS('|', id, owner_id, object_key, document_type, file_name, content_type, plain_size,"
                + " stored_size, hash_algorithm, content_hash, deposited_at, depositor_kind, depositor_id, HEX(wrapped_data_key),"
                + " object_format) FROM vault_document WHERE id = '" + d.id() + "'")
                .split("\\|"));

    DestructionReport report = fx.vault.destroyVault(owner, owner.ownerId());

    assertThat(report.documentsDeleted()).isEqualTo(1);
    assertThat(report.objectsDeleted()).isEqualTo(1);
    assertThat(object).doesNotExist();
    for (String table : List.of("vault_owner_key", "vault_document", "vault_journal", "vault_journal_head", "vault_share")) {
      assertThat(fx.count("SELECT COUNT(*) FROM " + table + " WHERE owner_id = '" + owner.ownerId() + "'")).as(table).isZero();
    }
    assertThatThrownBy(() -> read(fx.vault, owner, d.id())).isInstanceOf(DocumentNotFoundException.class);

    // A copy survives somewhere (a replica, a backup of the bucket and of the document table)…
    Files.createDirectories(object.getParent());
    Files.write(object, ciphertext);
    fx.execute(
        "INSERT INTO vault_document (id, owner_id, object_key, document_type, file_name, content_type, plain_size, stored_size,"
            + " hash_algorithm, content_hash, deposited_at, depositor_kind, depositor_id, wrapped_data_key, object_format) VALUES ('"
            + String.join("', '", row.subList(0, 13)) + "', UNHEX('" + row.get(13) + "'), " + row.get(14) + ")");
    // …and the person even comes back and opens a new vault with the same id: a new owner key.
    deposit(fx.vault, owner, TestFiles.pdf("nouveau"));

    assertThatThrownBy(() -> read(fx.vault, owner, d.id())).isInstanceOf(DocumentUnreadableException.class);
    assertThat(fx.vault.check(ADMIN, owner.ownerId()).failures())
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(CheckStatus.UNREADABLE));
  }

  @Test
  void aMissingKeystoreIsAnErrorNotANewKey() {
    Path missing = fx.home.resolve("nowhere/vault-master.p12");
    assertThatThrownBy(() -> MasterKeyStore.open(missing, VaultFixture.PASSWORD)).isInstanceOf(IllegalStateException.class);
    assertThat(missing).doesNotExist();
    assertThatThrownBy(() -> MasterKeyStore.open(fx.keystore, "wrong".toCharArray())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anotherKeystoreCannotReadTheVault() {
    Actor.Usager owner = usager();
    DocumentSummary d = deposit(fx.vault, owner, TestFiles.pdf("x"));
    MasterKeyStore foreign = MasterKeyStore.generateIfMissing(fx.home.resolve("foreign/keys.p12"), "other".toCharArray());
    try (Vault stranger =
        Vault.builder(fx.dataSource(), fx.store, foreign).config(VaultConfig.builder().spoolDirectory(fx.spool()).build()).build()) {
      assertThatThrownBy(() -> read(stranger, owner, d.id())).isInstanceOf(DocumentUnreadableException.class);
    }
  }
}
