package fr.paris.teleservices.notifications.text;

import fr.paris.teleservices.notifications.sms.SmsEncoding;

/**
 * One line of the administrators' length table: a kind of SMS in one language, rendered with
 * sample values.
 */
public record TemplateStatistic(
    SmsKind kind,
    String language,
    SmsEncoding encoding,
    int characters,
    int segments,
    boolean withinBudget,
    String sampleText) {}
