package fr.paris.teleservices.portal.dossier;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The accusé de réception and the decision letter of a request, as PDF downloads, for the usager
 * (or their agent) and for the instructing structure. Someone else's request answers 404.
 */
@WebServlet(
    urlPatterns = {
      "/usager/files/receipt", "/usager/files/decision",
      "/social-worker/files/receipt", "/social-worker/files/decision"
    })
public class DossierLetterServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient DossierService dossiers;
  @Inject transient DossierLetters letters;
  @Inject transient CurrentUser me;
  @Inject transient Acting acting;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String id = request.getParameter("dossier");
    boolean receipt = request.getServletPath().endsWith("/receipt");
    byte[] pdf;
    try {
      Account account = me.require();
      Actor actor = account.getRole() == Role.SOCIAL_WORKER ? Actor.of(account) : acting.actor();
      Dossier dossier = dossiers.find(actor, id == null ? "" : id).orElseThrow(DossierNotFound::new);
      pdf = receipt ? letters.receipt(dossier) : letters.decision(dossier);
      String name = (receipt ? "accuse-reception-" : "decision-") + dossier.getNumber() + ".pdf";
      response.setContentType("application/pdf");
      response.setContentLength(pdf.length);
      response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "no-store");
    } catch (DossierNotFound | NotFound notFound) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.getOutputStream().write(pdf);
  }
}
