package fr.paris.teleservices.portal.web;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A random anti-forgery token per session, for the few state changes that are not Faces form
 * posts (Faces posts are protected by their view state).
 */
public final class SessionToken {

  public static final String ATTRIBUTE = "portal.csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private SessionToken() {}

  public static String of(HttpSession session) {
    Object token = session.getAttribute(ATTRIBUTE);
    if (token instanceof String s) {
      return s;
    }
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String fresh = HexFormat.of().formatHex(bytes);
    session.setAttribute(ATTRIBUTE, fresh);
    return fresh;
  }
}
