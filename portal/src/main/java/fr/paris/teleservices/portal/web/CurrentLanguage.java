package fr.paris.teleservices.portal.web;

import fr.paris.teleservices.i18n.Language;
import fr.paris.teleservices.i18n.Languages;
import fr.paris.teleservices.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The language of the current page, as decided by {@link LanguageFilter}. */
@Named("language")
@RequestScoped
public class CurrentLanguage {

  static final String REQUEST_ATTRIBUTE = "portal.currentLanguage";

  @Inject HttpServletRequest request;

  private Language language;

  public Language get() {
    if (language == null) {
      Object decided = request.getAttribute(REQUEST_ATTRIBUTE);
      language = decided instanceof Language l ? l : LanguageFilter.resolve(request);
    }
    return language;
  }

  public Messages messages() {
    return Messages.of(get());
  }

  public String getCode() {
    return get().code();
  }

  public String getTag() {
    return get().tag();
  }

  public String getDir() {
    return get().direction().attribute();
  }

  public Locale getLocale() {
    return get().locale();
  }

  public List<Language> getAll() {
    return Languages.all();
  }

  public boolean isCurrent(Language other) {
    return other.code().equals(get().code());
  }

  /** The switcher's link to this page in another language. */
  public String switchUrl(Language target) {
    StringBuilder url = new StringBuilder(LanguageFilter.withoutLanguageParameters(request));
    url.append(url.indexOf("?") < 0 ? '?' : '&')
        .append(LanguageFilter.PARAMETER)
        .append('=')
        .append(URLEncoder.encode(target.code(), StandardCharsets.UTF_8));
    HttpSession session = request.getSession(false);
    if (session != null && request.getUserPrincipal() != null) {
      url.append('&').append(LanguageFilter.TOKEN_PARAMETER).append('=').append(SessionToken.of(session));
    }
    return url.toString();
  }
}
