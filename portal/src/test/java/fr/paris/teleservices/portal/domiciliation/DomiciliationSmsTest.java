package fr.paris.teleservices.portal.domiciliation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the SMS say about where to act: the portal's address, as short as possible. */
class DomiciliationSmsTest {

  @Test
  void thePortalsAddressLosesItsSchemeAndPath() {
    assertThat(DomiciliationSms.shortAddress("https://teleservices.paris.fr/")).isEqualTo("teleservices.paris.fr");
    assertThat(DomiciliationSms.shortAddress("http://localhost:8080")).isEqualTo("localhost:8080");
    assertThat(DomiciliationSms.shortAddress("teleservices.paris.fr")).isEqualTo("teleservices.paris.fr");
  }

  @Test
  void aSearchForADomiciliationNumberIsRecognised() {
    assertThat(DomiciliationQueue.isNumber("DOM-000123")).isTrue();
    assertThat(DomiciliationQueue.isNumber("dom-000123")).isTrue();
    assertThat(DomiciliationQueue.isNumber("Traoré")).isFalse();
  }
}
