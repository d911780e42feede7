package fr.paris.teleservices.portal.web;

/**
 * Describes a failure for the log without its messages: messages of database and library
 * exceptions may quote personal data (a duplicate phone number, a file name). Types and stack
 * frames are enough to find the bug.
 */
public final class SafeLog {

  private static final int FRAMES = 12;

  private SafeLog() {}

  public static String describe(Throwable error) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      out.append(out.length() == 0 ? "" : "\n  caused by ").append(t.getClass().getName());
      StackTraceElement[] stack = t.getStackTrace();
      for (int i = 0; i < Math.min(FRAMES, stack.length); i++) {
        out.append("\n    at ").append(stack[i]);
      }
    }
    return out.toString();
  }
}
