package fr.paris.teleservices.vault.upload;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the EXIF orientation of a JPEG. Phones store portrait photos sideways with an orientation
 * tag; re-encoding drops all EXIF (for the GPS position it contains), so the rotation must be
 * applied to the pixels first or the person's passport photo would come back lying on its side.
 */
final class ExifOrientation {

  static final int NORMAL = 1;
  private static final int SOI = 0xD8;
  private static final int APP1 = 0xE1;
  private static final int SOS = 0xDA;
  private static final int ORIENTATION_TAG = 0x0112;
  /** APP1 segments are at most 64 KiB by construction of the JPEG marker length. */
  private static final int MAX_SEGMENT = 65535;

  private ExifOrientation() {}

  /** @return 1 to 8 as defined by EXIF, 1 when absent or unreadable */
  static int of(Path jpeg) {
    try (InputStream in = Files.newInputStream(jpeg);
        DataInputStream data = new DataInputStream(in)) {
      if (data.readUnsignedByte() != 0xFF || data.readUnsignedByte() != SOI) {
        return NORMAL;
      }
      while (true) {
        int marker = nextMarker(data);
        if (marker == SOS) {
          return NORMAL;
        }
        int length = data.readUnsignedShort() - 2;
        if (length < 0 || length > MAX_SEGMENT) {
          return NORMAL;
        }
        if (marker == APP1) {
          byte[] segment = data.readNBytes(length);
          int orientation = orientation(segment);
          if (orientation != 0) {
            return orientation;
          }
        } else {
          data.skipNBytes(length);
        }
      }
    } catch (EOFException e) {
      return NORMAL;
    } catch (IOException | RuntimeException e) {
      return NORMAL;
    }
  }

  private static int nextMarker(DataInputStream data) throws IOException {
    int b = data.readUnsignedByte();
    while (b != 0xFF) {
      b = data.readUnsignedByte();
    }
    while (b == 0xFF) {
      b = data.readUnsignedByte();
    }
    return b;
  }

  /** @return the orientation in an APP1 Exif segment, 0 if it holds none */
  private static int orientation(byte[] segment) {
    if (segment.length < 14 || !new String(segment, 0, 6, java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
      return 0;
    }
    ByteBuffer tiff = ByteBuffer.wrap(segment, 6, segment.length - 6).slice();
    tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    int ifd = tiff.getInt(4);
    if (ifd < 8 || ifd + 2 > tiff.limit()) {
      return 0;
    }
    int entries = tiff.getShort(ifd) & 0xFFFF;
    for (int i = 0; i < entries; i++) {
      int entry = ifd + 2 + i * 12;
      if (entry + 12 > tiff.limit()) {
        return 0;
      }
      if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
        int value = tiff.getShort(entry + 8) & 0xFFFF;
        return value >= 1 && value <= 8 ? value : 0;
      }
    }
    return 0;
  }
}
