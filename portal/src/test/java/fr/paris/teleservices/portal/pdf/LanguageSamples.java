package fr.paris.teleservices.portal.pdf;

import fr.paris.teleservices.i18n.Direction;
import java.util.List;

/**
 * "Votre demande a bien été reçue." in the portal's 24 languages. Written by a developer for the
 * tests (they check that every script is drawn), not reviewed by translators: do not reuse them as
 * the portal's wording.
 */
final class LanguageSamples {

  record Sample(String tag, String name, Direction direction, String sentence) {}

  static final List<Sample> ALL =
      List.of(
          new Sample("fr", "Français", Direction.LTR, "Votre demande a bien été reçue."),
          new Sample("en", "English", Direction.LTR, "Your request has been received."),
          new Sample("ar", "العربية", Direction.RTL, "لقد تم استلام طلبك بنجاح."),
          new Sample(
              "es", "Español", Direction.LTR, "Su solicitud ha sido recibida correctamente."),
          new Sample("pt", "Português", Direction.LTR, "O seu pedido foi recebido com sucesso."),
          new Sample("it", "Italiano", Direction.LTR, "La sua domanda è stata ricevuta."),
          new Sample("ro", "Română", Direction.LTR, "Cererea dumneavoastră a fost primită."),
          new Sample("ru", "Русский", Direction.LTR, "Ваше заявление получено."),
          new Sample("uk", "Українська", Direction.LTR, "Вашу заяву отримано."),
          new Sample("pl", "Polski", Direction.LTR, "Twój wniosek został przyjęty."),
          new Sample("tr", "Türkçe", Direction.LTR, "Başvurunuz alınmıştır."),
          new Sample("ka", "ქართული", Direction.LTR, "თქვენი განაცხადი მიღებულია."),
          new Sample("sq", "Shqip", Direction.LTR, "Kërkesa juaj është marrë me sukses."),
          new Sample("zh-Hans", "简体中文", Direction.LTR, "您的申请已收到。"),
          new Sample("vi", "Tiếng Việt", Direction.LTR, "Yêu cầu của bạn đã được tiếp nhận."),
          new Sample("ta", "தமிழ்", Direction.LTR, "உங்கள் கோரிக்கை பெறப்பட்டது."),
          new Sample("bn", "বাংলা", Direction.LTR, "আপনার আবেদন গৃহীত হয়েছে।"),
          new Sample("ur", "اردو", Direction.RTL, "آپ کی درخواست موصول ہو گئی ہے۔"),
          new Sample("fa", "فارسی", Direction.RTL, "درخواست شما با موفقیت دریافت شد."),
          new Sample("prs", "دری", Direction.RTL, "درخواست شما موفقانه دریافت شد."),
          new Sample("ps", "پښتو", Direction.RTL, "ستاسو غوښتنه ترلاسه شوه."),
          new Sample("ti", "ትግርኛ", Direction.LTR, "ጠለብኩም ተቐቢልናዮ ኣለና።"),
          new Sample("am", "አማርኛ", Direction.LTR, "ማመልከቻዎ ደርሶናል።"),
          new Sample("so", "Soomaali", Direction.LTR, "Codsigaaga waa la helay."));

  private LanguageSamples() {}
}
