package fr.paris.teleservices.vault.antivirus;

import fr.paris.teleservices.vault.upload.RefusalReason;
import fr.paris.teleservices.vault.upload.UploadRefusedException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * clamd's {@code zINSTREAM} command: the file is sent as length-prefixed chunks (4-byte big-endian
 * length, then the bytes), closed by a zero length; clamd answers one NUL-terminated line, {@code
 * "stream: OK"} or {@code "stream: <signature> FOUND"}. Anything else — an error line, a timeout, a
 * refused connection — refuses the upload.
 */
public final class ClamdScanner implements VirusScanner {

  private static final Logger LOG = Logger.getLogger(ClamdScanner.class.getName());
  private static final int MAX_REPLY = 4096;

  private final ClamdConfig config;

  public ClamdScanner(ClamdConfig config) {
    this.config = config;
  }

  @Override
  public void scan(Path file) {
    String reply;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(config.host(), config.port()), (int) config.connectTimeout().toMillis());
      socket.setSoTimeout((int) config.readTimeout().toMillis());
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
      byte[] buffer = new byte[config.chunkSize()];
      try (InputStream in = Files.newInputStream(file)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          if (n > 0) {
            out.writeInt(n);
            out.write(buffer, 0, n);
          }
        }
      }
      out.writeInt(0);
      out.flush();
      reply = readReply(socket.getInputStream());
    } catch (IOException e) {
      LOG.warning(() -> "Antivirus unreachable, upload refused: " + e.getClass().getSimpleName());
      throw new UploadRefusedException(RefusalReason.ANTIVIRUS_UNAVAILABLE, e);
    }
    if (reply.endsWith("FOUND")) {
      // The signature name is safe to log: it names the malware, not the person or the file.
      LOG.warning(() -> "Antivirus found malware in an upload: " + reply);
      throw new UploadRefusedException(RefusalReason.MALWARE_DETECTED);
    }
    if (!reply.endsWith("OK")) {
      LOG.warning(() -> "Antivirus gave no verdict, upload refused: " + reply);
      throw new UploadRefusedException(RefusalReason.ANTIVIRUS_UNAVAILABLE);
    }
  }

  private static String readReply(InputStream in) throws IOException {
    ByteArrayOutputStream reply = new ByteArrayOutputStream();
    for (int b = in.read(); b > 0 && b != '\n' && reply.size() < MAX_REPLY; b = in.read()) {
      reply.write(b);
    }
    return reply.toString(StandardCharsets.US_ASCII).strip();
  }
}
