package fr.paris.teleservices.portal.security;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.AccountService;
import fr.paris.teleservices.portal.web.LanguageFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.logging.Logger;

/** Opens an authenticated session: after a login, or right after signing up. */
@ApplicationScoped
public class SessionLogin {

  private static final Logger LOG = Logger.getLogger(SessionLogin.class.getName());

  @Inject SecurityContext security;
  @Inject AccountService accounts;

  /** The account now logged in, or empty when the credentials were refused. */
  public Optional<Account> open(
      HttpServletRequest request, HttpServletResponse response, String login, String password) {
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(login, new Password(password == null ? "" : password))));
    if (status != AuthenticationStatus.SUCCESS) {
      LOG.info("Authentication refused");
      return Optional.empty();
    }
    // A new session id at login: an id planted in the browser before cannot ride the new identity.
    request.changeSessionId();
    Account account = accounts.find(security.getCallerPrincipal().getName()).orElseThrow();
    request.getSession().setAttribute(LanguageFilter.SESSION_ATTRIBUTE, account.getLanguage());
    LOG.info(() -> "Authenticated " + account.getRole() + " " + account.getPublicId());
    return Optional.of(account);
  }
}
