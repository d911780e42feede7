package fr.paris.teleservices.notifications.sms;

/** The GSM 03.38 default alphabet and its extension table (characters sent as ESC + one septet). */
final class GsmAlphabet {

  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  private static final String EXTENSION = "\f^{}\\[~]|€";

  private GsmAlphabet() {}

  static boolean encodable(String text) {
    return text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
  }

  /** Septets for one encodable character. */
  static int septets(int c) {
    return EXTENSION.indexOf(c) >= 0 ? 2 : 1;
  }
}
