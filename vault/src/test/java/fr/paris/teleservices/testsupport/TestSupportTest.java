package fr.paris.teleservices.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TestSupportTest {

  @Test
  void testDatabasesAreIsolatedAndDroppedOnClose() throws Exception {
    TestDatabase a = TestDatabase.create("support");
    try (TestDatabase b = TestDatabase.create("support");
        Connection ca = a.connect();
        Connection cb = b.connect()) {
      ca.createStatement().execute("CREATE TABLE t (id INT PRIMARY KEY)");
      ca.createStatement().execute("INSERT INTO t VALUES (1)");
      assertThatThrownBy(() -> cb.createStatement().executeQuery("SELECT * FROM t"))
          .isInstanceOf(SQLException.class);
      try (ResultSet rs = ca.createStatement().executeQuery("SELECT VERSION()")) {
        rs.next();
        assertThat(rs.getString(1)).containsIgnoringCase("mariadb");
      }
    }
    a.close();
    assertThatThrownBy(a::connect).isInstanceOf(SQLException.class);
  }

  @Test
  void objectStoreRefusesUnsignedRequests() throws Exception {
    try (TestObjectStore s3 = TestObjectStore.start()) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(s3.endpoint() + "/")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(403);
    }
  }
}
