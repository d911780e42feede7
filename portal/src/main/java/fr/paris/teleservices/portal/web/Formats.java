package fr.paris.teleservices.portal.web;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Dates, times and amounts as the person reads them: in their language's conventions, and always
 * in Paris time (the services are in Paris, whatever the server's zone).
 */
@Named("fmt")
@RequestScoped
public class Formats {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Inject CurrentLanguage language;

  public String date(LocalDate date) {
    if (date == null) {
      return "";
    }
    return format(DateFormat.getDateInstance(DateFormat.LONG, language.get().uLocale()),
        Date.from(date.atStartOfDay(PARIS).toInstant()));
  }

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    return format(
        DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, language.get().uLocale()),
        Date.from(instant));
  }

  public String amount(BigDecimal euros) {
    if (euros == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(language.get().uLocale());
    format.setCurrency(com.ibm.icu.util.Currency.getInstance("EUR"));
    return format.format(euros);
  }

  private static String format(DateFormat format, Date date) {
    format.setTimeZone(TimeZone.getTimeZone(PARIS.getId()));
    return format.format(date);
  }
}
