package fr.paris.teleservices.vault.antivirus;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A clamd that speaks the real {@code zINSTREAM} protocol on loopback, with one signature: the
 * EICAR test string (no virus database can be downloaded here). Like clamd, it enforces a stream
 * size limit and closes the connection after its one-line answer.
 */
final class ClamdStub implements AutoCloseable {

  static final String EICAR_SIGNATURE = "Eicar-Test-Signature";
  private static final byte[] EICAR = "EICAR-STANDARD-ANTIVIRUS-TEST-FILE".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket server;
  private final String forcedReply;
  private final long streamMaxLength;
  final AtomicInteger scans = new AtomicInteger();

  /** @param forcedReply answer this whatever is sent (null: scan for real) */
  ClamdStub(String forcedReply, long streamMaxLength) throws IOException {
    this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    this.forcedReply = forcedReply;
    this.streamMaxLength = streamMaxLength;
    Thread thread = new Thread(this::serve, "clamd-stub");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return server.getLocalPort();
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        answer(socket);
      } catch (IOException e) {
        // Closed, or a client that went away: wait for the next one.
      }
    }
  }

  private void answer(Socket socket) throws IOException {
    DataInputStream in = new DataInputStream(socket.getInputStream());
    OutputStream out = socket.getOutputStream();
    String command = readCommand(in);
    if (!command.equals("zINSTREAM")) {
      reply(out, "UNKNOWN COMMAND");
      return;
    }
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    for (int length = in.readInt(); length != 0; length = in.readInt()) {
      if (stream.size() + (long) length > streamMaxLength) {
        reply(out, "INSTREAM size limit exceeded. ERROR");
        return;
      }
      stream.write(in.readNBytes(length));
    }
    scans.incrementAndGet();
    if (forcedReply != null) {
      reply(out, forcedReply);
    } else {
      reply(out, contains(stream.toByteArray(), EICAR) ? "stream: " + EICAR_SIGNATURE + " FOUND" : "stream: OK");
    }
  }

  private static String readCommand(DataInputStream in) throws IOException {
    ByteArrayOutputStream command = new ByteArrayOutputStream();
    for (int b = in.read(); b > 0 && command.size() < 64; b = in.read()) {
      command.write(b);
    }
    return command.toString(StandardCharsets.US_ASCII);
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\0").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
