package fr.paris.teleservices.vault.document;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Receives a document being read. The vault calls {@link #open} once, after the document has been
 * authenticated and just before its first byte: that is when the portal sets its headers and
 * returns the response stream. If the document is found altered, {@code open} is never called and
 * the portal can still answer an error page.
 */
@FunctionalInterface
public interface ContentSink {

  OutputStream open(DocumentDescriptor descriptor) throws IOException;
}
