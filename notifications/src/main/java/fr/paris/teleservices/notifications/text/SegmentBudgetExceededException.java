package fr.paris.teleservices.notifications.text;

import fr.paris.teleservices.notifications.sms.SmsLength;

/**
 * A rendered text would need more SMS than the budget allows. It is refused rather than cut: a
 * truncated reminder could lose the request number or the place to go.
 */
public final class SegmentBudgetExceededException extends Exception {

  private final String templateKey;
  private final String language;
  private final SmsLength length;
  private final int budget;

  public SegmentBudgetExceededException(
      String templateKey, String language, SmsLength length, int budget) {
    super(
        "Template "
            + templateKey
            + " in "
            + language
            + " needs "
            + length.segments()
            + " segments ("
            + length.encoding()
            + ", "
            + length.units()
            + " units), budget is "
            + budget);
    this.templateKey = templateKey;
    this.language = language;
    this.length = length;
    this.budget = budget;
  }

  public String templateKey() {
    return templateKey;
  }

  public String language() {
    return language;
  }

  public SmsLength length() {
    return length;
  }

  public int budget() {
    return budget;
  }
}
