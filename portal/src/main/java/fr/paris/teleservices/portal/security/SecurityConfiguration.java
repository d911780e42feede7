package fr.paris.teleservices.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through the portal's own page (its texts come from the i18n bundles). The role areas
 * and the public pages are declared in web.xml; anything not declared there is refused.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"USAGER", "SOCIAL_WORKER", "AGENT", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {}
