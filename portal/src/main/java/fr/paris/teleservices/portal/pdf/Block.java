package fr.paris.teleservices.portal.pdf;

import fr.paris.teleservices.i18n.Direction;
import java.util.List;

/** What a {@link PdfDocument} holds, in order, before it is laid out in pages. */
sealed interface Block {

  /** A title, heading, paragraph or note; {@code direction} overrides the document's. */
  record Text(TextStyle style, String text, Direction direction) implements Block {}

  /** Label / value rows. */
  record Fields(List<PdfField> fields) implements Block {}

  /** A bulleted list. */
  record Bullets(List<String> items) implements Block {}

  /** Vertical space, in points. */
  record Spacer(float height) implements Block {}
}
