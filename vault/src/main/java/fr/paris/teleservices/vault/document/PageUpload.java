package fr.paris.teleservices.vault.document;

import java.io.InputStream;
import java.util.Objects;

/** One photographed page (JPEG or PNG), as the device sent it. */
public record PageUpload(InputStream content, String fileName, String contentType) {

  public PageUpload {
    Objects.requireNonNull(content, "content");
  }
}
