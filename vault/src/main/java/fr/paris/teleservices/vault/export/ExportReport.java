package fr.paris.teleservices.vault.export;

import java.util.List;

/** What an export contained: documents written, and those that could not be read back intact. */
public record ExportReport(int documentsExported, List<String> unreadableDocumentIds) {

  public ExportReport {
    unreadableDocumentIds = List.copyOf(unreadableDocumentIds);
  }
}
