package fr.paris.teleservices.portal.pdf;

import com.ibm.icu.util.ULocale;
import fr.paris.teleservices.i18n.Direction;
import fr.paris.teleservices.i18n.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An A4 letter in the person's language, built block by block and written as a PDF with its fonts
 * embedded:
 *
 * <pre>{@code
 * byte[] pdf = PdfDocument.a4("ar", Direction.RTL)
 *     .title("إشعار باستلام طلبك")
 *     .paragraph("لقد استلمنا طلبك رقم " + Pdf.ltr("2026-000123") + ".")
 *     .fields(List.of(new PdfField("رقم الطلب", Pdf.ltr("2026-000123"))))
 *     .note("Votre demande a bien été reçue.", Direction.LTR) // the legal French text
 *     .footer("Ville de Paris — Direction des solidarités")
 *     .toBytes();
 * }</pre>
 *
 * <p>Every script of the portal's 24 languages is drawn (shaped: Arabic joining, Indic conjuncts),
 * in logical order in, visual order out. Right-to-left documents are mirrored: text, bullets and
 * labels start from the right. Wrap numbers, phone numbers and e-mail addresses in {@link Pdf#ltr}.
 *
 * <p>A builder is used by one thread; any number of documents may be built at the same time.
 */
public final class PdfDocument {

  private final String languageTag;
  private final Direction direction;
  private final List<Block> blocks = new ArrayList<>();
  private String footer;
  private String title;

  private PdfDocument(String languageTag, Direction direction) {
    this.languageTag = Objects.requireNonNull(languageTag, "languageTag");
    this.direction = Objects.requireNonNull(direction, "direction");
  }

  /**
   * A new A4 document.
   *
   * @param languageTag BCP 47 tag of the document's language ("fr", "ar", "ta", "zh-Hans"…): the
   *     PDF's /Lang, the line-breaking rules, Nastaliq for Urdu ("ur")
   * @param direction the language's direction: alignment, margins, bidi base level
   */
  public static PdfDocument a4(String languageTag, Direction direction) {
    return new PdfDocument(languageTag, direction);
  }

  /** A new A4 document in a language of the portal. */
  public static PdfDocument a4(Language language) {
    return new PdfDocument(language.tag(), language.direction());
  }

  /** The big heading; also the PDF's title unless another title was given before. */
  public PdfDocument title(String text) {
    if (title == null && text != null && !text.isBlank()) {
      title = text;
    }
    return add(new Block.Text(TextStyle.TITLE, text, null));
  }

  public PdfDocument heading(String text) {
    return add(new Block.Text(TextStyle.HEADING, text, null));
  }

  public PdfDocument paragraph(String text) {
    return add(new Block.Text(TextStyle.BODY, text, null));
  }

  /**
   * A paragraph in another direction than the document's: the French legal text in an Arabic letter
   * ({@code Direction.LTR}), aligned on its own start side.
   */
  public PdfDocument paragraph(String text, Direction direction) {
    return add(new Block.Text(TextStyle.BODY, text, Objects.requireNonNull(direction)));
  }

  /** Label / value rows, label on the start side. */
  public PdfDocument fields(List<PdfField> fields) {
    return add(new Block.Fields(List.copyOf(fields)));
  }

  public PdfDocument bulletList(List<String> items) {
    items.forEach(Objects::requireNonNull);
    return add(new Block.Bullets(List.copyOf(items)));
  }

  /** Smaller grey text, e.g. the French legal text beside its translation. */
  public PdfDocument note(String text) {
    return add(new Block.Text(TextStyle.NOTE, text, null));
  }

  public PdfDocument note(String text, Direction direction) {
    return add(new Block.Text(TextStyle.NOTE, text, Objects.requireNonNull(direction)));
  }

  /** A blank line's worth of space. */
  public PdfDocument spacer() {
    return add(new Block.Spacer(12f));
  }

  /** Text at the foot of every page, beside the page number ("1 / 2"). */
  public PdfDocument footer(String text) {
    this.footer = text;
    return this;
  }

  /** The PDF's title (document properties, window title), when it is not the first title(). */
  public PdfDocument documentTitle(String text) {
    this.title = text;
    return this;
  }

  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    writeTo(out);
    return out.toByteArray();
  }

  public void writeTo(OutputStream out) {
    try {
      PdfAssembler.write(
          layout(), new PdfAssembler.Metadata(title, languageTag, direction == Direction.RTL), out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PDF", e);
    }
  }

  /** The pages as laid out, before they are written (for tests). */
  List<PageComposer.Page> layout() {
    ParagraphLayout paragraphs = new ParagraphLayout(ULocale.forLanguageTag(languageTag));
    return new PageComposer(paragraphs, direction).compose(blocks, footer);
  }

  private PdfDocument add(Block block) {
    if (block instanceof Block.Text text) {
      Objects.requireNonNull(text.text(), "text");
    }
    blocks.add(block);
    return this;
  }
}
