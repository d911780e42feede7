package fr.paris.teleservices.vault.export;

import fr.paris.teleservices.vault.access.AccessPolicy;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.crypto.SealedObjects;
import fr.paris.teleservices.vault.crypto.TamperedObjectException;
import fr.paris.teleservices.vault.document.DocumentRecord;
import fr.paris.teleservices.vault.document.DocumentRepository;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.IntegrityAlarm;
import fr.paris.teleservices.vault.journal.Journal;
import fr.paris.teleservices.vault.journal.JournalAction;
import fr.paris.teleservices.vault.journal.JournalEntry;
import fr.paris.teleservices.vault.keys.KeyUnavailableException;
import fr.paris.teleservices.vault.keys.KeyWrap;
import fr.paris.teleservices.vault.keys.OwnerKeys;
import fr.paris.teleservices.vault.storage.ObjectMissingException;
import fr.paris.teleservices.vault.transaction.TransactionRunner;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.crypto.SecretKey;

/**
 * Writes a usager's whole vault as a ZIP. A document that cannot be read back intact is left out,
 * marked {@code "unreadable"} in the manifest and raised as an integrity failure, rather than
 * failing the whole export: the person is entitled to everything that can be given.
 */
public final class VaultExport {

  public static final String FORMAT = "teleservices-vault-export/1";

  private final TransactionRunner transactions;
  private final DocumentRepository documents;
  private final OwnerKeys ownerKeys;
  private final Journal journal;
  private final SealedObjects objects;
  private final IntegrityAlarm alarm;
  private final Clock clock;

  public VaultExport(
      TransactionRunner transactions,
      DocumentRepository documents,
      OwnerKeys ownerKeys,
      Journal journal,
      SealedObjects objects,
      IntegrityAlarm alarm,
      Clock clock) {
    this.transactions = transactions;
    this.documents = documents;
    this.ownerKeys = ownerKeys;
    this.journal = journal;
    this.objects = objects;
    this.alarm = alarm;
    this.clock = clock;
  }

  /** One document's line in the manifest. */
  private record Exported(DocumentRecord record, String file, String status) {}

  /** The ZIP is written to {@code out}, which is left open. */
  public ExportReport export(Actor actor, OutputStream out) {
    String ownerId = AccessPolicy.managedVault(actor, "export the vault");
    Instant exportedAt = clock.instant();
    List<DocumentRecord> records = new ArrayList<>();
    SecretKey[] ownerKey = new SecretKey[1];
    transactions.inTransaction(
        c -> {
          records.addAll(documents.ofOwner(c, ownerId));
          // Oldest first: when names collide, the first deposited keeps its name.
          java.util.Collections.reverse(records);
          journal.append(c, ownerId, actor, Journal.Event.of(JournalAction.EXPORT, null));
          if (!records.isEmpty()) {
            try {
              ownerKey[0] = ownerKeys.unwrap(c, ownerId);
            } catch (KeyUnavailableException e) {
              ownerKey[0] = null;
            }
          }
          return null;
        });
    try {
      ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out), StandardCharsets.UTF_8);
      // Documents are PDF, JPEG and PNG, compressed already: spend as little CPU as possible.
      zip.setLevel(Deflater.BEST_SPEED);
      List<Exported> exported = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (DocumentRecord record : records) {
        exported.add(exportDocument(actor, zip, record, ownerKey[0], uniqueName(names, record.summary().fileName())));
      }
      writeManifest(zip, ownerId, exportedAt, exported);
      writeJournal(zip, ownerId, exportedAt);
      zip.finish();
      List<String> unreadable = exported.stream().filter(e -> !e.status().equals("ok")).map(e -> e.record().id()).toList();
      return new ExportReport(exported.size() - unreadable.size(), unreadable);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Exported exportDocument(Actor actor, ZipOutputStream zip, DocumentRecord record, SecretKey ownerKey, String name)
      throws IOException {
    boolean[] opened = new boolean[1];
    String reason;
    try {
      if (ownerKey == null) {
        throw new KeyUnavailableException("no owner key");
      }
      SecretKey dataKey = KeyWrap.unwrap(ownerKey, record.wrappedDataKey());
      objects.open(
          record.sealedObject(),
          dataKey,
          () -> {
            ZipEntry entry = new ZipEntry(name);
            entry.setLastModifiedTime(FileTime.from(record.summary().depositedAt()));
            zip.putNextEntry(entry);
            opened[0] = true;
            return new KeepOpen(zip);
          });
      zip.closeEntry();
      return new Exported(record, name, "ok");
    } catch (TamperedObjectException e) {
      reason = IntegrityAlarm.TAMPERED;
    } catch (KeyUnavailableException e) {
      reason = IntegrityAlarm.KEY_UNAVAILABLE;
    } catch (ObjectMissingException e) {
      reason = IntegrityAlarm.MISSING_OBJECT;
    }
    if (opened[0]) {
      zip.closeEntry();
    }
    alarm.raise(actor, record, reason);
    return new Exported(record, opened[0] ? name : null, "unreadable");
  }

  private void writeManifest(ZipOutputStream zip, String ownerId, Instant exportedAt, List<Exported> exported) throws IOException {
    zip.putNextEntry(entry("manifest.json", exportedAt));
    Writer writer = new OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8);
    JsonWriter json = new JsonWriter(writer);
    json.beginObject()
        .field("format", FORMAT)
        .field("ownerId", ownerId)
        .field("exportedAt", exportedAt.toString())
        .field("hashAlgorithm", DocumentRecord.HASH_ALGORITHM)
        .field("journal", "journal.json")
        .name("documents")
        .beginArray();
    for (Exported e : exported) {
      DocumentSummary s = e.record().summary();
      json.beginObject()
          .field("id", s.id())
          .field("file", e.file())
          .field("status", e.status())
          .field("type", s.type().name())
          .field("fileName", s.fileName())
          .field("contentType", s.contentType())
          .field("size", s.size())
          .field("sha256", s.sha256())
          .field("depositedAt", s.depositedAt().toString())
          .field("issueDate", s.issueDate() == null ? null : s.issueDate().toString())
          .field("expiryDate", s.expiryDate() == null ? null : s.expiryDate().toString())
          .endObject();
    }
    json.endArray().endObject();
    writer.flush();
    zip.closeEntry();
  }

  private void writeJournal(ZipOutputStream zip, String ownerId, Instant exportedAt) throws IOException {
    zip.putNextEntry(entry("journal.json", exportedAt));
    Writer writer = new OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8);
    JsonWriter json = new JsonWriter(writer);
    json.beginObject().field("ownerId", ownerId).field("canonicalForm", "teleservices-vault-journal-v1").name("entries").beginArray();
    transactions.inTransaction(
        c -> {
          journal.forEach(c, ownerId, entry -> writeEntry(json, entry));
          return null;
        });
    json.endArray().endObject();
    writer.flush();
    zip.closeEntry();
  }

  private static void writeEntry(JsonWriter json, JournalEntry e) throws SQLException {
    try {
      json.beginObject()
          .field("sequence", e.sequence())
          .field("occurredAt", e.occurredAt().toString())
          .field("action", e.action().name())
          .field("actorKind", e.actorKind().name())
          .field("actorId", e.actorId())
          .field("actorName", e.actorName())
          .field("actorStructureId", e.actorStructureId())
          .field("onBehalfOf", e.onBehalfOf())
          .field("mandateId", e.mandateId())
          .field("documentId", e.documentId())
          .field("shareId", e.shareId())
          .field("detail", e.detail())
          .field("previousHash", e.previousHash())
          .field("hash", e.hash())
          .endObject();
    } catch (IOException io) {
      throw new UncheckedIOException(io);
    }
  }

  private static ZipEntry entry(String name, Instant time) {
    ZipEntry entry = new ZipEntry(name);
    entry.setLastModifiedTime(FileTime.from(time));
    return entry;
  }

  /** "documents/&lt;name&gt;", with " (2)", " (3)"… when names collide (ignoring case, for Windows). */
  private static String uniqueName(Set<String> used, String fileName) {
    int dot = fileName.lastIndexOf('.');
    String base = dot > 0 ? fileName.substring(0, dot) : fileName;
    String extension = dot > 0 ? fileName.substring(dot) : "";
    String candidate = "documents/" + fileName;
    for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = "documents/" + base + " (" + n + ")" + extension;
    }
    return candidate;
  }

  /** Lets writers close what they wrap without closing the ZIP or the caller's stream. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
