package fr.paris.teleservices.portal.web;

import fr.paris.teleservices.i18n.Language;
import fr.paris.teleservices.i18n.Languages;
import fr.paris.teleservices.portal.account.AccountService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides the language of every request: the one chosen with the switcher ({@code ?lang=}), else
 * the one of this session (set at login from the account), else the one remembered in a cookie,
 * else the best match of the browser's {@code Accept-Language}; French when nothing matches.
 *
 * <p>Choosing a language while logged in also remembers it in the account — a state change, so the
 * switcher's links then carry the session's anti-forgery token, checked here.
 */
public class LanguageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String SESSION_ATTRIBUTE = "portal.language";
  public static final String COOKIE = "lang";
  static final String PARAMETER = "lang";
  static final String TOKEN_PARAMETER = "t";

  @Inject AccountService accounts;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String requested = request.getParameter(PARAMETER);
    if (requested != null && "GET".equals(request.getMethod())) {
      Optional<Language> chosen = Languages.byCode(requested);
      if (chosen.isPresent()) {
        remember(request, response, chosen.get());
      }
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", withoutLanguageParameters(request));
      return;
    }
    request.setAttribute(CurrentLanguage.REQUEST_ATTRIBUTE, resolve(request));
    chain.doFilter(request, response);
  }

  private void remember(HttpServletRequest request, HttpServletResponse response, Language language) {
    Cookie cookie = new Cookie(COOKIE, language.code());
    cookie.setPath("/");
    cookie.setMaxAge(365 * 24 * 3600);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setAttribute(SESSION_ATTRIBUTE, language.code());
      if (request.getUserPrincipal() != null && tokenMatches(request, session)) {
        accounts.rememberLanguage(request.getUserPrincipal().getName(), language.code());
      }
    }
  }

  private static boolean tokenMatches(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(SessionToken.ATTRIBUTE);
    String given = request.getParameter(TOKEN_PARAMETER);
    return expected instanceof String e
        && given != null
        && MessageDigest.isEqual(
            e.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
  }

  static Language resolve(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String code) {
      Optional<Language> fromSession = Languages.byCode(code);
      if (fromSession.isPresent()) {
        return fromSession.get();
      }
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (COOKIE.equals(c.getName())) {
          Optional<Language> fromCookie = Languages.byCode(c.getValue());
          if (fromCookie.isPresent()) {
            return fromCookie.get();
          }
        }
      }
    }
    return Languages.negotiate(request.getHeader("Accept-Language"));
  }

  /** The same address without the switcher's parameters, so a reload does not switch again. */
  static String withoutLanguageParameters(HttpServletRequest request) {
    StringBuilder query = new StringBuilder();
    String raw = request.getQueryString();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        if (!name.equals(PARAMETER) && !name.equals(TOKEN_PARAMETER) && !pair.isEmpty()) {
          query.append(query.length() == 0 ? "?" : "&").append(pair);
        }
      }
    }
    return request.getRequestURI() + query;
  }
}
