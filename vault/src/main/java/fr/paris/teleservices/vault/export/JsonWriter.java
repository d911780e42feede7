package fr.paris.teleservices.vault.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal streaming JSON writer (RFC 8259), enough for a manifest and a journal: a dependency for
 * this would be bigger than the code. Handles commas and string escaping; the caller keeps the
 * structure balanced.
 */
final class JsonWriter {

  private final Writer out;
  /** For each open object or array: whether it already has a member. */
  private final Deque<boolean[]> open = new ArrayDeque<>();
  private boolean afterName;

  JsonWriter(Writer out) {
    this.out = out;
  }

  JsonWriter beginObject() throws IOException {
    separate();
    out.write('{');
    open.push(new boolean[1]);
    return this;
  }

  JsonWriter endObject() throws IOException {
    open.pop();
    out.write('}');
    return this;
  }

  JsonWriter beginArray() throws IOException {
    separate();
    out.write('[');
    open.push(new boolean[1]);
    return this;
  }

  JsonWriter endArray() throws IOException {
    open.pop();
    out.write(']');
    return this;
  }

  JsonWriter name(String name) throws IOException {
    separate();
    string(name);
    out.write(':');
    afterName = true;
    return this;
  }

  JsonWriter value(String value) throws IOException {
    separate();
    if (value == null) {
      out.write("null");
    } else {
      string(value);
    }
    return this;
  }

  JsonWriter value(long value) throws IOException {
    separate();
    out.write(Long.toString(value));
    return this;
  }

  JsonWriter field(String name, String value) throws IOException {
    return name(name).value(value);
  }

  JsonWriter field(String name, long value) throws IOException {
    return name(name).value(value);
  }

  private void separate() throws IOException {
    if (afterName) {
      afterName = false;
      return;
    }
    if (!open.isEmpty()) {
      boolean[] hasMember = open.peek();
      if (hasMember[0]) {
        out.write(',');
      }
      hasMember[0] = true;
    }
  }

  private void string(String s) throws IOException {
    out.write('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> out.write("\\\"");
        case '\\' -> out.write("\\\\");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        case '\t' -> out.write("\\t");
        default -> {
          if (ch < 0x20 || ch == 0x2028 || ch == 0x2029) {
            out.write(String.format("\\u%04x", (int) ch));
          } else {
            out.write(ch);
          }
        }
      }
    }
    out.write('"');
  }
}
