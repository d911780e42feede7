package fr.paris.teleservices.portal.dossier;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import fr.paris.teleservices.i18n.Direction;
import fr.paris.teleservices.i18n.Language;
import fr.paris.teleservices.i18n.Languages;
import fr.paris.teleservices.i18n.Messages;
import fr.paris.teleservices.portal.catalog.CatalogService;
import fr.paris.teleservices.portal.catalog.CatalogTexts;
import fr.paris.teleservices.portal.catalog.Procedure;
import fr.paris.teleservices.portal.pdf.Pdf;
import fr.paris.teleservices.portal.pdf.PdfDocument;
import fr.paris.teleservices.portal.pdf.PdfField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The letters of a request, as PDFs in the usager's language (the account's, not the page's): the
 * accusé de réception as issued, and the decision letter with the appeal route. When the language
 * is not French, the legal French wording is printed beside the translation: it is the text that
 * binds.
 */
@ApplicationScoped
public class DossierLetters {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Inject DossierService dossiers;
  @Inject CatalogService catalog;

  public byte[] receipt(Dossier dossier) {
    DossierReceipt receipt = dossiers.latestReceipt(dossier).orElseThrow(DossierNotFound::new);
    Language language = Languages.orReference(dossier.getUsager().getLanguage());
    Messages t = Messages.of(language);
    CatalogTexts texts = new CatalogTexts(t);
    Procedure procedure = catalog.catalog().get(dossier.getProcedureId());
    PdfDocument pdf =
        PdfDocument.a4(language)
            .title(t.get("letter.receipt.title"))
            .paragraph(t.format("letter.receipt.intro", texts.name(procedure)))
            .fields(
                List.of(
                    new PdfField(t.get("letter.number"), Pdf.ltr(dossier.getNumber())),
                    new PdfField(t.get("letter.received-on"), date(language, receipt.getReceivedOn())),
                    new PdfField(t.get("letter.procedure"), texts.name(procedure)),
                    new PdfField(t.get("letter.usager"), dossier.getUsager().getDisplayName()),
                    new PdfField(t.get("letter.structure"), dossier.getStructure().getName())))
            .heading(t.get("letter.receipt.received"))
            .bulletList(titles(texts, procedure, receipt.getReceived(), t))
            .heading(t.get("letter.receipt.missing"))
            .bulletList(titles(texts, procedure, receipt.getMissing(), t));
    if (!receipt.getMissing().isEmpty()) {
      pdf.paragraph(t.format("letter.receipt.rule", date(language, receipt.getCompleteBy())));
    }
    pdf.paragraph(t.get("letter.receipt.rights"));
    legalFrench(pdf, language, receipt, dossier);
    return pdf.footer(t.get("letter.footer")).toBytes();
  }

  public byte[] decision(Dossier dossier) {
    if (dossier.getState() != DossierState.GRANTED && dossier.getState() != DossierState.REJECTED) {
      throw new DossierNotFound();
    }
    Language language = Languages.orReference(dossier.getUsager().getLanguage());
    Messages t = Messages.of(language);
    CatalogTexts texts = new CatalogTexts(t);
    Procedure procedure = catalog.catalog().get(dossier.getProcedureId());
    boolean granted = dossier.getState() == DossierState.GRANTED;
    List<PdfField> fields = new ArrayList<>();
    fields.add(new PdfField(t.get("letter.number"), Pdf.ltr(dossier.getNumber())));
    fields.add(new PdfField(t.get("letter.procedure"), texts.name(procedure)));
    fields.add(new PdfField(t.get("letter.usager"), dossier.getUsager().getDisplayName()));
    fields.add(new PdfField(t.get("letter.decided-on"), date(language, LocalDate.ofInstant(dossier.getDecidedAt(), PARIS))));
    if (granted && dossier.getGrantedAmount() != null) {
      fields.add(new PdfField(t.get("letter.amount"), money(language, dossier.getGrantedAmount())));
    }
    if (granted && dossier.getGrantedFrom() != null) {
      fields.add(new PdfField(t.get("letter.from"), date(language, dossier.getGrantedFrom())));
    }
    if (granted && dossier.getGrantedUntil() != null) {
      fields.add(new PdfField(t.get("letter.until"), date(language, dossier.getGrantedUntil())));
    }
    PdfDocument pdf =
        PdfDocument.a4(language)
            .title(t.get(granted ? "letter.decision.granted.title" : "letter.decision.rejected.title"))
            .fields(fields);
    if (granted) {
      pdf.paragraph(t.format("letter.decision.granted.text", texts.name(procedure)))
          .paragraph(t.get("letter.decision.renewal"));
    } else {
      pdf.paragraph(t.format("letter.decision.rejected.text", texts.name(procedure)))
          .heading(t.get("letter.decision.reason"))
          .paragraph(dossier.getRejectionReason());
    }
    pdf.heading(t.get("letter.appeal.title")).paragraph(t.get("letter.appeal.text"));
    if (!language.code().equals(Languages.REFERENCE)) {
      Messages fr = Messages.of(Languages.reference());
      pdf.spacer().note(fr.get("letter.legal-french"), Direction.LTR).note(fr.get("letter.appeal.text"), Direction.LTR);
    }
    return pdf.footer(t.get("letter.footer")).toBytes();
  }

  private static void legalFrench(PdfDocument pdf, Language language, DossierReceipt receipt, Dossier dossier) {
    if (language.code().equals(Languages.REFERENCE)) {
      return;
    }
    Messages fr = Messages.of(Languages.reference());
    pdf.spacer().note(fr.get("letter.legal-french"), Direction.LTR);
    if (!receipt.getMissing().isEmpty()) {
      pdf.note(fr.format("letter.receipt.rule", date(Languages.reference(), receipt.getCompleteBy())), Direction.LTR);
    }
    pdf.note(fr.get("letter.receipt.rights"), Direction.LTR);
  }

  private static List<String> titles(CatalogTexts texts, Procedure procedure, List<String> requirementIds, Messages t) {
    List<String> titles = new ArrayList<>();
    for (String id : requirementIds) {
      procedure.requirement(id).ifPresent(r -> titles.add(texts.requirementTitle(procedure, r)));
    }
    if (titles.isEmpty()) {
      titles.add(t.get("letter.none"));
    }
    return titles;
  }

  static String date(Language language, LocalDate date) {
    DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, language.uLocale());
    format.setTimeZone(TimeZone.getTimeZone(PARIS.getId()));
    String text = format.format(Date.from(date.atStartOfDay(PARIS).toInstant()));
    // an island in the date's own direction: "١٤ مارس ٢٠٢٧" must not be laid out left to right
    return language.direction() == Direction.RTL ? Pdf.rtl(text) : Pdf.ltr(text);
  }

  static String money(Language language, BigDecimal euros) {
    NumberFormat format = NumberFormat.getCurrencyInstance(language.uLocale());
    format.setCurrency(com.ibm.icu.util.Currency.getInstance("EUR"));
    return format.format(euros);
  }
}
