package fr.paris.teleservices.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  @ParameterizedTest
  @CsvSource({
    "06 12 34 56 78, +33612345678",
    "0612345678, +33612345678",
    "+33612345678, +33612345678",
    "+33 6 12 34 56 78, +33612345678",
    "0033612345678, +33612345678",
    "07.81.23.45.67, +33781234567",
    "0690 12 34 56, +590690123456",
    "0696 12 34 56, +596696123456",
    "0694 12 34 56, +594694123456",
    "0692 12 34 56, +262692123456",
    "0639 20 12 34, +262639201234",
    "+590 690 12 34 56, +590690123456",
    "+44 7911 123456, +447911123456"
  })
  void normalisesMobilesToE164(String typed, String e164) throws Exception {
    PhoneNumber number = PhoneNumbers.parse(typed);
    assertThat(number.e164()).isEqualTo(e164);
    assertThat(number.mobile()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"01 42 76 40 40", "+33142764040", "0590 12 34 56", "09 70 12 34 56"})
  void landlinesAreValidButNotMobiles(String typed) throws Exception {
    assertThat(PhoneNumbers.parse(typed).mobile()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "06 12", "12345678901234567", "not a number", "+33 6 12 34 56 78 90 12"})
  void refusesWhatIsNotANumber(String typed) {
    assertThatThrownBy(() -> PhoneNumbers.parse(typed))
        .isInstanceOf(InvalidPhoneNumberException.class)
        .hasMessageNotContaining(typed.isBlank() ? "\u0000" : typed);
    assertThat(PhoneNumbers.tryParse(typed)).isEmpty();
  }

  @Test
  void masksAllButCountryCodeFirstDigitAndLastTwo() {
    assertThat(PhoneNumbers.mask("+33612345678")).isEqualTo("+33 6 •• •• •• 78");
    assertThat(PhoneNumbers.mask("+590690123456")).isEqualTo("+590 6•• •• •• 56");
    assertThat(PhoneNumbers.mask("+33612345678")).doesNotContain("1234", "3456");
  }

  @Test
  void theRecordNeverPrintsTheFullNumber() throws Exception {
    PhoneNumber number = PhoneNumbers.parse("06 12 34 56 78");
    assertThat(number.toString()).doesNotContain("612345678").contains("78");
    assertThat(new OutgoingSms(1, "+33612345678", "secret text").toString())
        .doesNotContain("612345678")
        .doesNotContain("secret");
  }
}
