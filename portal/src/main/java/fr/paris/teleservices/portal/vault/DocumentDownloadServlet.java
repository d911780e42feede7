package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.dossier.Acting;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.NotFound;
import fr.paris.teleservices.portal.web.SafeLog;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DocumentDescriptor;
import fr.paris.teleservices.vault.document.DocumentNotFoundException;
import fr.paris.teleservices.vault.document.ReadPurpose;
import fr.paris.teleservices.vault.VaultException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Opens or downloads a document of the vault. The vault checks access on the server for every
 * read (owner, agent under mandate, or social worker with an active share) and journals it; anyone
 * else gets 404, exactly as for a document that does not exist. The content never goes straight
 * from the S3 server to the browser: it is decrypted here and sent with headers that keep the
 * browser from running it (server-chosen type, nosniff, a sandbox policy, attachment unless a
 * safe inline view of a PDF or an image was asked for).
 */
@WebServlet(urlPatterns = {"/usager/files/document", "/agent/files/document", "/social-worker/files/document"})
public class DocumentDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DocumentDownloadServlet.class.getName());
  private static final Set<String> INLINE_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

  @Inject transient VaultSetup vault;
  @Inject transient CurrentUser me;
  @Inject transient Acting acting;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String id = request.getParameter("id");
    boolean inline = "1".equals(request.getParameter("inline"));
    Actor actor;
    try {
      actor = actor();
    } catch (NotFound nobody) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      vault.vault()
          .read(
              actor,
              id == null ? "" : id,
              inline ? ReadPurpose.VIEW : ReadPurpose.DOWNLOAD,
              descriptor -> {
                headers(response, descriptor, inline);
                return response.getOutputStream();
              });
    } catch (DocumentNotFoundException notFound) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (VaultException failed) {
      LOG.warning(() -> "Document could not be read: " + SafeLog.describe(failed));
      if (!response.isCommitted()) {
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      }
    }
  }

  private Actor actor() {
    Account account = me.require();
    return switch (account.getRole()) {
      case SOCIAL_WORKER -> VaultActors.socialWorker(account);
      case USAGER -> VaultActors.usager(account);
      case AGENT -> VaultActors.agent(account, acting.usager().getPublicId(), acting.mandateId());
      case ADMIN -> throw new NotFound();
    };
  }

  static void headers(HttpServletResponse response, DocumentDescriptor descriptor, boolean inline) {
    boolean showInline = inline && INLINE_TYPES.contains(descriptor.contentType());
    response.setContentType(descriptor.contentType());
    response.setContentLengthLong(descriptor.size());
    String encoded = URLEncoder.encode(descriptor.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    response.setHeader(
        "Content-Disposition",
        (showInline ? "inline" : "attachment") + "; filename=\"document\"; filename*=UTF-8''" + encoded);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
    response.setHeader("Cache-Control", "no-store");
  }
}
