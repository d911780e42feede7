package fr.paris.teleservices.vault.journal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The bytes an entry's hash covers: a version label, then every field (including the previous
 * hash) as a 4-byte length and its UTF-8 bytes, -1 for null. Length prefixes make the encoding
 * injective, so two different entries can never serialise alike. Changing this format breaks every
 * existing chain: add a new version label instead.
 */
final class CanonicalForm {

  static final String GENESIS = "0".repeat(64);
  private static final String LABEL = "teleservices-vault-journal-v1";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private CanonicalForm() {}

  static String hash(JournalEntry e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    for (String field :
        new String[] {
          LABEL,
          e.ownerId(),
          Long.toString(e.sequence()),
          TIME.format(e.occurredAt()),
          e.action().name(),
          e.actorKind().name(),
          e.actorId(),
          e.actorName(),
          e.actorStructureId(),
          e.onBehalfOf(),
          e.mandateId(),
          e.documentId(),
          e.shareId(),
          e.detail(),
          e.previousHash()
        }) {
      if (field == null) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
      } else {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
      }
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
