package fr.paris.teleservices.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsLengthTest {

  @Test
  void gsm7FitsOneSmsUpTo160() {
    assertThat(SmsLength.of("a".repeat(160))).isEqualTo(new SmsLength(SmsEncoding.GSM_7, 160, 160, 1));
    assertThat(SmsLength.of("a".repeat(161)).segments()).isEqualTo(2);
    assertThat(SmsLength.of("a".repeat(306)).segments()).isEqualTo(2);
    assertThat(SmsLength.of("a".repeat(307)).segments()).isEqualTo(3);
  }

  @Test
  void frenchAccentsOfTheGsmAlphabetStayGsm7() {
    SmsLength length = SmsLength.of("Votre demande est incomplète : déposez les pièces à l'accueil, où ça ?");
    assertThat(length.encoding()).isEqualTo(SmsEncoding.UCS_2).as("ç is not in GSM-7");
    assertThat(SmsLength.of("incomplète, déposez, pièces, à, où, É").encoding()).isEqualTo(SmsEncoding.GSM_7);
  }

  @Test
  void euroAndTheExtensionTableCountDouble() {
    SmsLength euro = SmsLength.of("€");
    assertThat(euro.encoding()).isEqualTo(SmsEncoding.GSM_7);
    assertThat(euro.characters()).isEqualTo(1);
    assertThat(euro.units()).isEqualTo(2);
    assertThat(SmsLength.of("€".repeat(80)).segments()).isEqualTo(1);
    assertThat(SmsLength.of("€".repeat(80) + "a").segments()).isEqualTo(2);
    assertThat(SmsLength.of("[]{}|^~\\").units()).isEqualTo(16);
  }

  @Test
  void anEscapedCharacterNeverStraddlesTwoParts() {
    // 306 septets would fill two parts exactly, but the € after septet 152 cannot be cut in two:
    // the first part carries 152, and the last septet spills into a third.
    SmsLength length = SmsLength.of("a".repeat(152) + "€" + "a".repeat(152));
    assertThat(length.units()).isEqualTo(306);
    assertThat(length.segments()).isEqualTo(3);
    assertThat(SmsLength.of("a".repeat(151) + "€" + "a".repeat(152)).segments()).isEqualTo(2);
  }

  @Test
  void arabicIsUcs2With70Then67PerPart() {
    String letter = "م";
    assertThat(SmsLength.of(letter.repeat(70))).isEqualTo(new SmsLength(SmsEncoding.UCS_2, 70, 70, 1));
    assertThat(SmsLength.of(letter.repeat(71)).segments()).isEqualTo(2);
    assertThat(SmsLength.of(letter.repeat(134)).segments()).isEqualTo(2);
    assertThat(SmsLength.of(letter.repeat(135)).segments()).isEqualTo(3);
    assertThat(SmsLength.of(letter.repeat(201)).segments()).isEqualTo(3);
  }

  @Test
  void oneCharacterOutsideGsmSwitchesTheWholeMessage() {
    assertThat(SmsLength.of("a".repeat(100) + "’").encoding()).isEqualTo(SmsEncoding.UCS_2);
    assertThat(SmsLength.of("a".repeat(100) + "’").segments()).isEqualTo(2);
  }

  @Test
  void emojiTakeTwoUnitsAndAreNotSplit() {
    SmsLength emoji = SmsLength.of("😀");
    assertThat(emoji.characters()).isEqualTo(1);
    assertThat(emoji.units()).isEqualTo(2);
    assertThat(SmsLength.of("a".repeat(66) + "😀" + "a".repeat(66)).segments()).isEqualTo(3);
  }
}
