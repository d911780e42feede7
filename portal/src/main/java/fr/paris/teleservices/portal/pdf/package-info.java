/**
 * PDF letters (accusé de réception, decision, domiciliation attestation, recap sheet) in any of the
 * portal's 24 languages. Entry point: {@link fr.paris.teleservices.portal.pdf.PdfDocument}; helper
 * {@link fr.paris.teleservices.portal.pdf.Pdf#ltr} for numbers and addresses in right-to-left text.
 *
 * <p>How a paragraph becomes glyphs on a page, and why:
 *
 * <ol>
 *   <li>{@code FontChooser} gives each character a shipped font by its Unicode script (Noto Sans,
 *       Noto Naskh Arabic, Noto Nastaliq Urdu for Urdu, Noto Sans Tamil/Bengali/Georgian/Ethiopic,
 *       a GB 2312 subset of WenQuanYi Micro Hei): no single font covers all 24 languages.
 *   <li>{@code ParagraphLayout} breaks lines with ICU's {@code BreakIterator} for the language and
 *       orders each line with ICU's {@code Bidi} (right-to-left runs, left-to-right numbers,
 *       isolates).
 *   <li>{@code Shaper} shapes each run with Java2D's {@code Font.layoutGlyphVector}, i.e. the
 *       HarfBuzz inside the JDK: PDFBox alone maps characters to glyphs one by one through the
 *       cmap, which leaves Arabic letters unjoined and Tamil/Bengali vowel signs in the wrong
 *       place.
 *   <li>{@code PageComposer} places the lines on A4 pages, mirrored for right-to-left languages.
 *   <li>{@code PdfAssembler} embeds, per document, a subset of each font made of the glyph ids
 *       HarfBuzz chose ({@code EmbeddedFont}), writes those ids at HarfBuzz's positions ({@code
 *       ContentWriter}), and a ToUnicode map plus ActualText spans so that the text can still be
 *       copied and searched.
 * </ol>
 *
 * <p>Thread safety: font files are read once per JVM and shared (immutable bytes and Java2D fonts);
 * everything PDFBox-side is created per document.
 */
package fr.paris.teleservices.portal.pdf;
