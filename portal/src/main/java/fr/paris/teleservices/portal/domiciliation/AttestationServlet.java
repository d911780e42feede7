package fr.paris.teleservices.portal.domiciliation;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;
import fr.paris.teleservices.portal.dossier.Acting;
import fr.paris.teleservices.portal.dossier.Actor;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The attestation d'élection de domicile as a PDF: for its holder (or an agent acting for them) and
 * for the staff of the structure; 404 for anyone else, as for an attestation that does not exist.
 */
@WebServlet(urlPatterns = {"/usager/files/attestation", "/social-worker/files/attestation"})
public class AttestationServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient DomiciliationService domiciliations;
  @Inject transient Attestations attestations;
  @Inject transient CurrentUser me;
  @Inject transient Acting acting;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Attestation> attestation;
    try {
      attestation = domiciliations.findAttestation(actor(request), request.getParameter("id"));
    } catch (NotFound nobody) {
      attestation = Optional.empty();
    }
    if (attestation.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf = attestations.pdf(attestation.get());
    response.setContentType("application/pdf");
    response.setContentLength(pdf.length);
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"attestation-domiciliation-" + attestation.get().getNumber() + ".pdf\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(pdf);
  }

  private Actor actor(HttpServletRequest request) {
    Account account = me.require();
    boolean staffArea = request.getServletPath().startsWith("/social-worker/");
    if (staffArea) {
      if (!DomiciliationService.isDomiciliationStaff(account)) {
        throw new NotFound();
      }
      return Actor.of(account);
    }
    if (account.getRole() != Role.USAGER && account.getRole() != Role.AGENT) {
      throw new NotFound();
    }
    return acting.actor();
  }
}
