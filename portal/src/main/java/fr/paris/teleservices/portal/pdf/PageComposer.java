package fr.paris.teleservices.portal.pdf;

import fr.paris.teleservices.i18n.Direction;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays blocks out on A4 pages. Margins are mirrored for right-to-left documents: the wider "start"
 * margin is on the right, text and bullets hang from the right edge, labels stand right of their
 * values, the page number goes to the left. Geometry in points, y upwards (PDF's).
 */
final class PageComposer {

  static final float PAGE_WIDTH = 595.2756f;
  static final float PAGE_HEIGHT = 841.8898f;
  private static final float MM = 72f / 25.4f;
  static final float START_MARGIN = 25 * MM;
  static final float END_MARGIN = 20 * MM;
  static final float TOP_MARGIN = 20 * MM;
  static final float BOTTOM_MARGIN = 14 * MM;
  private static final float PAGE_NUMBER_SPACE = 60f;
  private static final float BULLET_INDENT = 15f;
  private static final float LABEL_SHARE = 0.36f;
  private static final float COLUMN_GAP = 12f;

  /** A page: lines at their place, and thin rules. */
  record Page(List<Drawn> lines, List<Rule> rules) {}

  /** A line whose left end is at {@code x} and baseline at {@code baseline}. */
  record Drawn(TextLine line, float x, float baseline) {}

  /** A horizontal rule. */
  record Rule(float x1, float x2, float y, float width, float gray) {}

  private final ParagraphLayout layout;
  private final boolean rtl;
  private final float left;
  private final float right;
  private final List<Page> pages = new ArrayList<>();
  private Page page;
  private float y;
  private float bodyBottom;

  PageComposer(ParagraphLayout layout, Direction direction) {
    this.layout = layout;
    this.rtl = direction == Direction.RTL;
    this.left = rtl ? END_MARGIN : START_MARGIN;
    this.right = PAGE_WIDTH - (rtl ? START_MARGIN : END_MARGIN);
  }

  float textWidth() {
    return right - left;
  }

  List<Page> compose(List<Block> blocks, String footer) {
    List<TextLine> footerLines =
        footer == null || footer.isBlank()
            ? List.of()
            : layout.layout(footer, TextStyle.FOOTER, rtl, textWidth() - PAGE_NUMBER_SPACE);
    float footerHeight =
        Math.max(height(footerLines), TextStyle.FOOTER.size * TextStyle.FOOTER.leading);
    bodyBottom = BOTTOM_MARGIN + footerHeight + 12f;
    newPage();
    for (Block block : blocks) {
      if (block instanceof Block.Text text) {
        text(text);
      } else if (block instanceof Block.Fields fields) {
        fields(fields.fields());
      } else if (block instanceof Block.Bullets bullets) {
        bullets(bullets.items());
      } else if (block instanceof Block.Spacer spacer) {
        if (!isEmpty()) {
          y -= spacer.height();
        }
      }
    }
    footers(footerLines, footerHeight);
    return pages;
  }

  private void text(Block.Text block) {
    boolean blockRtl = block.direction() == null ? rtl : block.direction() == Direction.RTL;
    List<TextLine> lines = layout.layout(block.text(), block.style(), blockRtl, textWidth());
    switch (block.style()) {
      case TITLE -> {
        ensure(height(lines));
        lines.forEach(line -> place(line, left, right));
        y -= 3f;
        page.rules().add(new Rule(left, right, y, 0.6f, 0.7f));
        y -= 12f;
      }
      case HEADING -> {
        if (!isEmpty()) {
          y -= 8f;
        }
        // Keep a heading with the first lines of what follows it.
        ensure(height(lines) + 3 * TextStyle.BODY.size * TextStyle.BODY.leading);
        lines.forEach(line -> place(line, left, right));
        y -= 3f;
      }
      default -> {
        for (TextLine line : lines) {
          ensure(line.height());
          place(line, left, right);
        }
        y -= block.style() == TextStyle.NOTE ? 5f : 6f;
      }
    }
  }

  private void fields(List<PdfField> fields) {
    float labelWidth = textWidth() * LABEL_SHARE;
    float valueWidth = textWidth() - labelWidth - COLUMN_GAP;
    float labelLeft = rtl ? right - labelWidth : left;
    float valueLeft = rtl ? left : left + labelWidth + COLUMN_GAP;
    for (PdfField field : fields) {
      List<TextLine> labels = layout.layout(field.label(), TextStyle.LABEL, rtl, labelWidth);
      List<TextLine> values = layout.layout(field.value(), TextStyle.BODY, rtl, valueWidth);
      // First baselines level with each other, even when one column is in a taller script.
      float firstBaseline =
          Math.max(labels.get(0).baselineOffset(), values.get(0).baselineOffset());
      float labelShift = firstBaseline - labels.get(0).baselineOffset();
      float valueShift = firstBaseline - values.get(0).baselineOffset();
      float rowHeight = Math.max(labelShift + height(labels), valueShift + height(values));
      ensure(rowHeight);
      float top = y;
      y = top - labelShift;
      labels.forEach(line -> place(line, labelLeft, labelLeft + labelWidth));
      y = top - valueShift;
      values.forEach(line -> place(line, valueLeft, valueLeft + valueWidth));
      y = top - rowHeight - 2f;
      page.rules().add(new Rule(left, right, y, 0.3f, 0.85f));
      y -= 3f;
    }
    y -= 6f;
  }

  private void bullets(List<String> items) {
    float width = textWidth() - BULLET_INDENT;
    float textLeft = rtl ? left : left + BULLET_INDENT;
    for (String item : items) {
      List<TextLine> lines = layout.layout(item, TextStyle.BODY, rtl, width);
      TextLine bullet = layout.layout("\u2022", TextStyle.BODY, rtl, width).get(0);
      for (int i = 0; i < lines.size(); i++) {
        TextLine line = lines.get(i);
        ensure(line.height());
        if (i == 0) {
          float x = rtl ? right - 4f - bullet.width() : left + 4f;
          float baseline = y - line.baselineOffset();
          page.lines().add(new Drawn(bullet, x, baseline));
        }
        place(line, textLeft, textLeft + width);
      }
      y -= 2f;
    }
    y -= 4f;
  }

  private void footers(List<TextLine> footerLines, float footerHeight) {
    int total = pages.size();
    float top = BOTTOM_MARGIN + footerHeight;
    for (int i = 0; i < total; i++) {
      page = pages.get(i);
      page.rules().add(new Rule(left, right, top + 5f, 0.5f, 0.7f));
      y = top;
      float textLeft = rtl ? left + PAGE_NUMBER_SPACE : left;
      float textRight = rtl ? right : right - PAGE_NUMBER_SPACE;
      footerLines.forEach(line -> place(line, textLeft, textRight));
      // "2 / 3" is left-to-right in every language.
      TextLine number =
          layout
              .layout(Pdf.ltr((i + 1) + " / " + total), TextStyle.FOOTER, false, PAGE_NUMBER_SPACE)
              .get(0);
      float baseline =
          footerLines.isEmpty()
              ? top - number.baselineOffset()
              : top - footerLines.get(0).baselineOffset();
      float x = rtl ? left : right - number.width();
      page.lines().add(new Drawn(number, x, baseline));
    }
  }

  /** Puts a line at the current position, aligned on the side its paragraph starts from. */
  private void place(TextLine line, float columnLeft, float columnRight) {
    float x = line.rtl() ? columnRight - line.width() : columnLeft;
    page.lines().add(new Drawn(line, x, y - line.baselineOffset()));
    y -= line.height();
  }

  /** Starts a new page when {@code height} points do not fit above the footer. */
  private void ensure(float height) {
    if (y - height < bodyBottom && !isEmpty()) {
      newPage();
    }
  }

  private boolean isEmpty() {
    return page.lines().isEmpty();
  }

  private void newPage() {
    page = new Page(new ArrayList<>(), new ArrayList<>());
    pages.add(page);
    y = PAGE_HEIGHT - TOP_MARGIN;
  }

  private static float height(List<TextLine> lines) {
    float sum = 0f;
    for (TextLine line : lines) {
      sum += line.height();
    }
    return sum;
  }
}
