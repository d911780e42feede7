package fr.paris.teleservices.vault.sharing;

import fr.paris.teleservices.vault.document.DocumentSummary;
import java.time.LocalDate;

/** A document a social worker may read, and until when (the latest of the shares covering it). */
public record SharedDocument(DocumentSummary document, LocalDate validUntil) {}
