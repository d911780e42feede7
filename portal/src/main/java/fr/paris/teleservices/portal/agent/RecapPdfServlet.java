package fr.paris.teleservices.portal.agent;

import fr.paris.teleservices.i18n.Languages;
import fr.paris.teleservices.i18n.Messages;
import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.mandate.ActiveMandate;
import fr.paris.teleservices.portal.mandate.AssistedVisit;
import fr.paris.teleservices.portal.mandate.JournalAction;
import fr.paris.teleservices.portal.mandate.Mandate;
import fr.paris.teleservices.portal.mandate.MandateService;
import fr.paris.teleservices.portal.pdf.Pdf;
import fr.paris.teleservices.portal.pdf.PdfDocument;
import fr.paris.teleservices.portal.pdf.PdfField;
import fr.paris.teleservices.portal.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The recap sheet as a PDF, in the person's language (their account's), for the agent to print or
 * hand over. Only under an active mandate; journaled for the person.
 */
@WebServlet("/agent/files/recap")
public class RecapPdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ActiveMandate active;
  @Inject transient CurrentUser me;
  @Inject transient Recaps recaps;
  @Inject transient MandateService mandates;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Mandate> mandate = active.mandate();
    if (mandate.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Account usager = mandate.get().getUsager();
    var session = request.getSession(false);
    Messages messages = Messages.of(Languages.orReference(usager.getLanguage()));
    Recap recap =
        recaps.of(
            usager,
            AssistedVisit.secret(session, NewAccountPage.LOGIN_ID),
            AssistedVisit.secret(session, NewAccountPage.RECOVERY_CODE),
            messages);
    byte[] pdf = render(recap, messages);
    mandates.record(
        usager.getPublicId(), me.require().getPublicId(), mandate.get().getPublicId(), JournalAction.RECAP_PRINTED, null);
    response.setContentType("application/pdf");
    response.setContentLength(pdf.length);
    response.setHeader("Content-Disposition", "attachment; filename=\"recapitulatif.pdf\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(pdf);
  }

  static byte[] render(Recap recap, Messages messages) {
    List<PdfField> access = new ArrayList<>();
    if (recap.loginId() != null) {
      access.add(new PdfField(messages.get("assisted.recap.login-id"), Pdf.ltr(recap.loginId())));
    }
    if (recap.phone() != null) {
      access.add(new PdfField(messages.get("assisted.recap.phone"), Pdf.ltr(recap.phone())));
    }
    if (recap.email() != null) {
      access.add(new PdfField(messages.get("assisted.recap.email"), Pdf.ltr(recap.email())));
    }
    PdfDocument pdf =
        PdfDocument.a4(messages.language())
            .title(messages.get("assisted.recap.title"))
            .paragraph(messages.format("assisted.recap.for", recap.name()))
            .heading(messages.get("assisted.recap.access"))
            .fields(access)
            .paragraph(messages.format("assisted.recap.how", Pdf.ltr(recap.portal())));
    if (recap.recoveryCode() != null) {
      pdf.heading(messages.get("assisted.recap.recovery"))
          .fields(List.of(new PdfField(messages.get("assisted.recap.recovery-code"), Pdf.ltr(recap.recoveryCode()))))
          .paragraph(messages.format("assisted.recap.recovery-how", Pdf.ltr(recap.portal() + "/recover.xhtml")));
    }
    pdf.heading(messages.get("assisted.recap.requests"));
    if (recap.requests().isEmpty()) {
      pdf.paragraph(messages.get("assisted.recap.no-request"));
    }
    for (Recap.Request r : recap.requests()) {
      List<PdfField> fields = new ArrayList<>();
      fields.add(new PdfField(messages.get("assisted.recap.state"), r.state()));
      if (r.number() != null) {
        fields.add(new PdfField(messages.get("assisted.recap.number"), Pdf.ltr(r.number())));
      }
      if (!r.filedOn().isEmpty()) {
        fields.add(new PdfField(messages.get("assisted.recap.filed-on"), r.filedOn()));
      }
      pdf.heading(r.name()).fields(fields);
      if (!r.missing().isEmpty()) {
        pdf.paragraph(messages.get("assisted.recap.missing")).bulletList(r.missing());
      }
    }
    if (recap.domiciliation() != null) {
      pdf.heading(messages.get("assisted.recap.domiciliation")).paragraph(recap.domiciliation());
    }
    return pdf.footer(messages.get("assisted.recap.footer")).toBytes();
  }
}
