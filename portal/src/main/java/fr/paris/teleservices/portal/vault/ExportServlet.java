package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.dossier.Acting;
import fr.paris.teleservices.portal.web.NotFound;
import fr.paris.teleservices.portal.web.SafeLog;
import fr.paris.teleservices.vault.VaultException;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.export.ExportReport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The whole vault in one ZIP — documents, manifest.json with their SHA-256, journal.json (SECURITY
 * 4) — streamed from the vault to the browser: a 500 MiB vault never sits in memory or on disk
 * here. Only with the ticket the documents page gave after the password was typed again.
 */
@WebServlet(urlPatterns = "/usager/files/export")
public class ExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ExportServlet.class.getName());

  @Inject transient VaultSetup vault;
  @Inject transient Acting acting;
  @Inject transient ExportTickets tickets;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Actor actor;
    String ownerId;
    try {
      actor = UsagerSide.actor(acting);
      ownerId = UsagerSide.ownerId(acting);
    } catch (NotFound nobody) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!tickets.redeem(request.getParameter("ticket"), ownerId)) {
      // Used already, expired, or from another session: type the password again.
      response.sendRedirect(request.getContextPath() + "/usager/documents.xhtml?export=expired#export-title");
      return;
    }
    response.setContentType("application/zip");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"porte-documents-" + LocalDate.now(VaultText.PARIS) + ".zip\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
    response.setHeader("Cache-Control", "no-store");
    try {
      ExportReport report = vault.vault().export(actor, response.getOutputStream());
      if (!report.unreadableDocumentIds().isEmpty()) {
        LOG.warning(() -> "Export left out unreadable documents " + report.unreadableDocumentIds());
      }
    } catch (VaultException failed) {
      LOG.warning(() -> "Export failed: " + SafeLog.describe(failed));
      if (!response.isCommitted()) {
        response.reset();
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      }
    }
  }
}
