package fr.paris.teleservices.notifications.text;

import fr.paris.teleservices.i18n.Messages;
import fr.paris.teleservices.notifications.sms.SmsLength;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns a template key, a language and named parameters into the text of an SMS.
 *
 * <p>One parameter is derived at render time: when {@value #DEADLINE} (an ISO date) is present,
 * {@value #DAYS} is the number of days from today (Paris) to it, so that a message postponed by the
 * night or a holiday never states a stale count.
 */
public final class SmsRenderer {

  public static final String DEADLINE = "deadline";
  public static final String DAYS = "days";
  public static final String OPT_OUT_HINT_KEY = "sms.optout.hint";

  private static final Object FORMAT_LOCK = new Object();

  private final int segmentBudget;
  private final boolean optOutHint;
  private final Clock clock;
  private final ZoneId zone;

  /**
   * @param segmentBudget the most SMS one message may take
   * @param optOutHint whether to end reminders with the short "reply STOP" hint (turn it off with an
   *     alphanumeric sender, which cannot receive replies)
   * @param zone the zone in which "today" is counted (Europe/Paris)
   */
  public SmsRenderer(int segmentBudget, boolean optOutHint, Clock clock, ZoneId zone) {
    if (segmentBudget < 1) {
      throw new IllegalArgumentException("The segment budget must be at least 1");
    }
    this.segmentBudget = segmentBudget;
    this.optOutHint = optOutHint;
    this.clock = clock;
    this.zone = zone;
  }

  public int segmentBudget() {
    return segmentBudget;
  }

  /**
   * The text to send.
   *
   * @throws SegmentBudgetExceededException when it would need more SMS than the budget
   * @throws IllegalArgumentException when the template does not exist in any language
   */
  public RenderedSms render(SmsKind kind, String templateKey, String language, Map<String, Object> params)
      throws SegmentBudgetExceededException {
    RenderedSms rendered = compose(kind, templateKey, language, params);
    if (rendered.length().segments() > segmentBudget) {
      throw new SegmentBudgetExceededException(templateKey, language, rendered.length(), segmentBudget);
    }
    return rendered;
  }

  /** The text and its size without enforcing the budget: for previews and the length table. */
  public RenderedSms compose(SmsKind kind, String templateKey, String language, Map<String, Object> params) {
    Messages messages = Messages.of(language);
    if (!messages.has(templateKey)) {
      throw new IllegalArgumentException("No SMS template " + templateKey);
    }
    Map<String, Object> args = new HashMap<>(params);
    Object deadline = params.get(DEADLINE);
    if (deadline != null) {
      LocalDate today = LocalDate.now(clock.withZone(zone));
      long days = ChronoUnit.DAYS.between(today, LocalDate.parse(deadline.toString()));
      args.put(DAYS, Math.max(0, days));
    }
    String text;
    // The i18n module caches one ICU MessageFormat per key and language, and ICU formats are not
    // thread-safe; several dispatcher threads render the same keys, and only this class renders
    // the sms.* keys, so one lock here is enough (a few microseconds per message).
    synchronized (FORMAT_LOCK) {
      text = messages.format(templateKey, args);
      if (optOutHint && kind.optOutHint()) {
        text = text + " " + messages.get(OPT_OUT_HINT_KEY);
      }
    }
    return new RenderedSms(text, SmsLength.of(text));
  }

  /**
   * The parameters with the kind's secrets replaced by as many asterisks (GSM-7, so the stored copy
   * measures like the sent one).
   */
  public static Map<String, Object> maskSecrets(SmsKind kind, Map<String, Object> params) {
    Set<String> secrets = kind.secretParams();
    if (secrets.isEmpty()) {
      return params;
    }
    Map<String, Object> masked = new HashMap<>(params);
    for (String name : secrets) {
      Object value = masked.get(name);
      if (value != null) {
        masked.put(name, "*".repeat(value.toString().length()));
      }
    }
    return masked;
  }
}
