package fr.paris.teleservices.vault;

import fr.paris.teleservices.vault.access.AccessPolicy;
import fr.paris.teleservices.vault.access.ActionNotAllowedException;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.antivirus.ClamdScanner;
import fr.paris.teleservices.vault.antivirus.VirusScanner;
import fr.paris.teleservices.vault.crypto.ObjectDecryptor;
import fr.paris.teleservices.vault.crypto.SealedObjects;
import fr.paris.teleservices.vault.document.ContentSink;
import fr.paris.teleservices.vault.document.Deposits;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentDescriptor;
import fr.paris.teleservices.vault.document.DocumentLimits;
import fr.paris.teleservices.vault.document.DocumentRepository;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.Documents;
import fr.paris.teleservices.vault.document.IntegrityAlarm;
import fr.paris.teleservices.vault.document.PagesDepositRequest;
import fr.paris.teleservices.vault.document.QuotaUsage;
import fr.paris.teleservices.vault.document.ReadPurpose;
import fr.paris.teleservices.vault.export.ExportReport;
import fr.paris.teleservices.vault.export.VaultExport;
import fr.paris.teleservices.vault.integrity.IntegrityCheck;
import fr.paris.teleservices.vault.integrity.IntegrityReport;
import fr.paris.teleservices.vault.integrity.Reconciliation;
import fr.paris.teleservices.vault.integrity.ReconciliationReport;
import fr.paris.teleservices.vault.journal.Journal;
import fr.paris.teleservices.vault.journal.JournalEntry;
import fr.paris.teleservices.vault.journal.JournalVerification;
import fr.paris.teleservices.vault.keys.KeyRotation;
import fr.paris.teleservices.vault.keys.MasterKeyStore;
import fr.paris.teleservices.vault.keys.OwnerKeys;
import fr.paris.teleservices.vault.keys.RotationReport;
import fr.paris.teleservices.vault.sharing.Share;
import fr.paris.teleservices.vault.sharing.ShareRepository;
import fr.paris.teleservices.vault.sharing.ShareRequest;
import fr.paris.teleservices.vault.sharing.SharedVault;
import fr.paris.teleservices.vault.sharing.Sharing;
import fr.paris.teleservices.vault.spool.SpoolDirectory;
import fr.paris.teleservices.vault.storage.ObjectStore;
import fr.paris.teleservices.vault.transaction.JdbcTransactionRunner;
import fr.paris.teleservices.vault.transaction.TransactionRunner;
import fr.paris.teleservices.vault.upload.ImageSanitizer;
import fr.paris.teleservices.vault.upload.UploadIntake;
import fr.paris.teleservices.vault.upload.UploadRefusedException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The usagers' document vault: the only entry point the portal needs.
 *
 * <p>Every operation takes the {@link Actor} on whose authority it runs and checks, on the server,
 * that this actor may do it. Documents the actor may not see answer {@link
 * fr.paris.teleservices.vault.document.DocumentNotFoundException}, exactly like documents that do
 * not exist. Refused uploads answer {@link UploadRefusedException} with a reason code.
 *
 * <pre>{@code
 * Vault vault = Vault.builder(dataSource,
 *         S3ObjectStore.create(S3Config.of(endpoint, region, accessKey, secretKey, bucket)),
 *         MasterKeyStore.open(Path.of(keystorePath), keystorePassword))
 *     .transactions(new JoinedTransactionRunner(dataSource)) // inside Payara
 *     .config(VaultConfig.defaults())
 *     .build();
 * }</pre>
 *
 * Thread-safe; build one per application and {@link #close()} it at shutdown (it owns a few
 * threads for streaming encryption).
 */
public final class Vault implements AutoCloseable {

  private final ExecutorService cryptoThreads;
  private final ExecutorService pipelineThreads;
  private final Deposits deposits;
  private final Documents documents;
  private final Sharing sharing;
  private final Journal journal;
  private final TransactionRunner transactions;
  private final VaultExport export;
  private final IntegrityCheck integrity;
  private final Reconciliation reconciliation;
  private final KeyRotation rotation;
  private final VaultDestruction destruction;

  private Vault(Builder b) {
    VaultConfig config = b.config;
    SecureRandom random = new SecureRandom();
    this.transactions = b.transactions != null ? b.transactions : new JdbcTransactionRunner(b.dataSource);
    this.cryptoThreads = Executors.newFixedThreadPool(config.cryptoThreads(), daemon("vault-crypto"));
    this.pipelineThreads = Executors.newCachedThreadPool(daemon("vault-pipeline"));
    SpoolDirectory spool = SpoolDirectory.open(config.spoolDirectory());
    SealedObjects objects =
        new SealedObjects(
            b.store,
            pipelineThreads,
            new ObjectDecryptor(cryptoThreads, config.cryptoThreads()),
            spool,
            config.chunkSize(),
            config.verifiedReadLimit());
    this.journal = new Journal(b.clock);
    DocumentRepository documentRows = new DocumentRepository();
    ShareRepository shareRows = new ShareRepository();
    OwnerKeys ownerKeys = new OwnerKeys(b.masterKeys, random, b.clock);
    IntegrityAlarm alarm = new IntegrityAlarm(transactions, journal);
    DocumentLimits limits =
        new DocumentLimits(
            config.maxDocumentBytes(), config.quotaBytes(), config.quotaDocuments(), config.maxPages(), config.maxFileNameLength());
    VirusScanner scanner = config.antivirus() != null ? new ClamdScanner(config.antivirus()) : VirusScanner.NONE;
    this.deposits =
        new Deposits(
            transactions,
            documentRows,
            ownerKeys,
            journal,
            objects,
            b.store,
            new UploadIntake(
                spool,
                new ImageSanitizer(config.maxImagePixels(), config.imageDecodeBudgetBytes(), config.imageDecodeConcurrency()),
                config.maxDocumentBytes(),
                config.maxFileNameLength()),
            scanner,
            limits,
            random,
            b.clock);
    this.documents =
        new Documents(transactions, documentRows, shareRows, ownerKeys, journal, objects, b.store, alarm, limits, b.clock, config.zone());
    this.sharing =
        new Sharing(transactions, shareRows, documentRows, journal, b.clock, config.zone(), config.defaultShareDays(), config.maxShareDays());
    this.export = new VaultExport(transactions, documentRows, ownerKeys, journal, objects, alarm, b.clock);
    this.integrity = new IntegrityCheck(transactions, documentRows, ownerKeys, objects, alarm, b.clock);
    this.reconciliation =
        new Reconciliation(transactions, documentRows, b.store, Deposits.OBJECT_PREFIX, config.reconciliationGrace(), b.clock);
    this.rotation = new KeyRotation(b.masterKeys, ownerKeys, transactions);
    this.destruction = new VaultDestruction(transactions, documentRows, shareRows, journal, ownerKeys, b.store);
  }

  public static Builder builder(DataSource dataSource, ObjectStore store, MasterKeyStore masterKeys) {
    return new Builder(dataSource, store, masterKeys);
  }

  // --- Documents -------------------------------------------------------------------------------

  /**
   * Deposits one file (PDF, JPEG or PNG) in the actor's vault — the usager's own, or the usager's
   * an agent acts for.
   *
   * @throws UploadRefusedException with the reason; nothing is kept
   */
  public DocumentSummary deposit(Actor actor, DepositRequest request) {
    return deposits.deposit(actor, request);
  }

  /** Deposits pages photographed one by one (JPEG or PNG) as one PDF document. */
  public DocumentSummary depositPages(Actor actor, PagesDepositRequest request) {
    return deposits.depositPages(actor, request);
  }

  /** The actor's vault's documents, newest first. */
  public List<DocumentSummary> documents(Actor actor) {
    return documents.list(actor);
  }

  public QuotaUsage quota(Actor actor) {
    return documents.quota(actor);
  }

  public DocumentSummary rename(Actor actor, String documentId, String newName) {
    return documents.rename(actor, documentId, newName);
  }

  public void delete(Actor actor, String documentId) {
    documents.delete(actor, documentId);
  }

  /**
   * Streams a document's content: for its owner, an agent acting for the owner, or a social worker
   * with an active share covering it. The sink is opened only once the content is authenticated.
   *
   * @throws fr.paris.teleservices.vault.document.DocumentNotFoundException absent or not visible
   * @throws fr.paris.teleservices.vault.document.DocumentUnreadableException altered or missing
   */
  public DocumentDescriptor read(Actor actor, String documentId, ReadPurpose purpose, ContentSink sink) {
    return documents.read(actor, documentId, purpose, sink);
  }

  /** {@link #read(Actor, String, ReadPurpose, ContentSink)} into a stream the caller already has. */
  public DocumentDescriptor read(Actor actor, String documentId, ReadPurpose purpose, OutputStream out) {
    return documents.read(actor, documentId, purpose, descriptor -> out);
  }

  // --- Sharing ---------------------------------------------------------------------------------

  /** The usager shares documents with a social worker or a structure; agents may not. */
  public Share share(Actor actor, ShareRequest request) {
    return sharing.share(actor, request);
  }

  public List<Share> activeShares(Actor actor) {
    return sharing.active(actor);
  }

  public void revoke(Actor actor, String shareId) {
    sharing.revoke(actor, shareId);
  }

  /** "Documents shared with me", for a social worker: active shares only, grouped by usager. */
  public List<SharedVault> sharedWith(Actor.SocialWorker worker) {
    return sharing.sharedWith(worker);
  }

  // --- Journal, export -------------------------------------------------------------------------

  /** The vault's journal, newest first, a page at a time ("who opened my documents, and when"). */
  public List<JournalEntry> journal(Actor actor, int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset must be 0 or more and limit 1 or more");
    }
    String ownerId = AccessPolicy.managedVault(actor, "read the journal");
    return transactions.inTransaction(c -> journal.list(c, ownerId, offset, limit));
  }

  /** Verifies an owner's hash chain: the usager their own, an administrator anyone's. */
  public JournalVerification verifyJournal(Actor actor, String ownerId) {
    if (!(actor instanceof Actor.Administrator)
        && !AccessPolicy.managedVault(actor, "verify a journal").equals(ownerId)) {
      throw new ActionNotAllowedException(actor.kind(), "verify another vault's journal");
    }
    return transactions.inTransaction(c -> journal.verify(c, ownerId));
  }

  /** Writes the whole vault as a ZIP (documents, manifest.json, journal.json) to {@code out}. */
  public ExportReport export(Actor actor, OutputStream out) {
    return export.export(actor, out);
  }

  // --- Administration --------------------------------------------------------------------------

  public IntegrityReport check(Actor administrator, String ownerId) {
    return integrity.check(administrator, ownerId);
  }

  public IntegrityReport checkAll(Actor administrator) {
    return integrity.checkAll(administrator);
  }

  public ReconciliationReport reconcile(Actor administrator) {
    return reconciliation.run(administrator);
  }

  public RotationReport rotateMasterKey(Actor administrator) {
    AccessPolicy.requireAdministrator(administrator, "rotate the master key");
    return rotation.rotate();
  }

  /** Closes a vault for good (crypto-shredding): the usager themselves or an administrator. */
  public DestructionReport destroyVault(Actor actor, String ownerId) {
    return destruction.destroy(actor, ownerId);
  }

  @Override
  public void close() {
    cryptoThreads.shutdownNow();
    pipelineThreads.shutdownNow();
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Assembles a vault; only the data source, object store and master keys are required. */
  public static final class Builder {
    private final DataSource dataSource;
    private final ObjectStore store;
    private final MasterKeyStore masterKeys;
    private TransactionRunner transactions;
    private VaultConfig config = VaultConfig.defaults();
    private Clock clock = Clock.systemUTC();

    private Builder(DataSource dataSource, ObjectStore store, MasterKeyStore masterKeys) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      this.store = Objects.requireNonNull(store, "store");
      this.masterKeys = Objects.requireNonNull(masterKeys, "masterKeys");
    }

    /** How transactions commit; by default JDBC commits on the data source ({@link JdbcTransactionRunner}). */
    public Builder transactions(TransactionRunner runner) {
      this.transactions = runner;
      return this;
    }

    public Builder config(VaultConfig config) {
      this.config = Objects.requireNonNull(config);
      return this;
    }

    /** The clock for dates and share expiry (tests move it). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    public Vault build() {
      return new Vault(this);
    }
  }
}
