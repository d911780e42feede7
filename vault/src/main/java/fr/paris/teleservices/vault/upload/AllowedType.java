package fr.paris.teleservices.vault.upload;

import java.util.Set;

/** The only formats the vault keeps, with the content type it serves them as. */
public enum AllowedType {
  PDF("application/pdf", "pdf", Set.of("pdf"), Set.of("application/pdf", "application/x-pdf")),
  JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg", "jpe", "jfif"), Set.of("image/jpeg", "image/jpg", "image/pjpeg")),
  PNG("image/png", "png", Set.of("png"), Set.of("image/png", "image/x-png"));

  private final String contentType;
  private final String extension;
  private final Set<String> extensions;
  private final Set<String> declaredTypes;

  AllowedType(String contentType, String extension, Set<String> extensions, Set<String> declaredTypes) {
    this.contentType = contentType;
    this.extension = extension;
    this.extensions = extensions;
    this.declaredTypes = declaredTypes;
  }

  /** The content type the vault serves (decided by the server, never taken from the upload). */
  public String contentType() {
    return contentType;
  }

  /** The extension given to names that lack a matching one. */
  public String extension() {
    return extension;
  }

  boolean acceptsExtension(String lowerCaseExtension) {
    return extensions.contains(lowerCaseExtension);
  }

  boolean acceptsDeclaredType(String lowerCaseType) {
    return declaredTypes.contains(lowerCaseType);
  }

  public static AllowedType ofContentType(String contentType) {
    for (AllowedType type : values()) {
      if (type.contentType.equals(contentType)) {
        return type;
      }
    }
    throw new IllegalArgumentException("not an allowed content type");
  }
}
