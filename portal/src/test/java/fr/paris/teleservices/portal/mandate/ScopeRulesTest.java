package fr.paris.teleservices.portal.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each scope lets an agent do on the usager's pages; everything else is the person's alone. */
class ScopeRulesTest {

  private static final Set<Scope> VIEW_ONLY = Scope.normalize(Set.of());
  private static final Set<Scope> ALL = EnumSet.allOf(Scope.class);

  private static ScopeRules.Decision get(String path) {
    return ScopeRules.decide(path, "GET", Set.of());
  }

  private static ScopeRules.Decision post(String path, String... forms) {
    return ScopeRules.decide(path, "POST", Set.of(forms));
  }

  @Test
  void viewingRequestsNeedsOnlyTheViewingScopeThatEveryMandateHas() {
    assertThat(get("/usager/demarches.xhtml").allows(VIEW_ONLY)).isTrue();
    assertThat(get("/usager/demande.xhtml").allows(VIEW_ONLY)).isTrue();
    assertThat(get("/usager/domiciliation.xhtml").allows(VIEW_ONLY)).isTrue();
    assertThat(get("/usager/files/attestation").allows(VIEW_ONLY)).isTrue();
  }

  @Test
  void fillingAndFilingNeedTheFilingScope() {
    assertThat(post("/usager/demande.xhtml", "answers").allows(VIEW_ONLY)).isFalse();
    assertThat(post("/usager/demande.xhtml", "answers").allows(Scope.normalize(Set.of(Scope.FILE_REQUESTS)))).isTrue();
    assertThat(get("/usager/start.xhtml").scope()).isEqualTo(Scope.FILE_REQUESTS);
    assertThat(post("/usager/start.xhtml", "start").scope()).isEqualTo(Scope.FILE_REQUESTS);
    assertThat(post("/usager/domiciliation-request.xhtml", "request").scope()).isEqualTo(Scope.FILE_REQUESTS);
    assertThat(post("/usager/domiciliation.xhtml", "renew").scope()).isEqualTo(Scope.FILE_REQUESTS);
  }

  @Test
  void addingAndOpeningDocumentsNeedTheDocumentsScope() {
    assertThat(post("/usager/demande.xhtml", "pieces").scope()).isEqualTo(Scope.ADD_DOCUMENTS);
    assertThat(get("/usager/files/document").scope()).isEqualTo(Scope.ADD_DOCUMENTS);
    assertThat(get("/agent/files/document").scope()).as("the agent's own address for it").isEqualTo(Scope.ADD_DOCUMENTS);
    assertThat(get("/usager/documents.xhtml").allows(Scope.normalize(Set.of(Scope.FILE_REQUESTS)))).isFalse();
    assertThat(post("/usager/documents.xhtml", "add").allows(ALL)).isTrue();
    assertThat(post("/usager/documents.xhtml", "pages").allows(ALL)).as("pages photographed one by one").isTrue();
    assertThat(get("/usager/document.xhtml").scope()).isEqualTo(Scope.ADD_DOCUMENTS);
  }

  @Test
  void thePersonsOwnDecisionsAreNeverAnAgents() {
    assertThat(get("/usager/settings.xhtml").allows(ALL)).as("phone number, reminders").isFalse();
    assertThat(post("/usager/settings.xhtml", "phone").allows(ALL)).isFalse();
    assertThat(get("/usager/verify-phone.xhtml").allows(ALL)).isFalse();
    assertThat(get("/usager/mandates.xhtml").allows(ALL)).as("managing mandates").isFalse();
    assertThat(post("/usager/demande.xhtml", "withdraw").allows(ALL)).as("withdrawing a request").isFalse();
    assertThat(post("/usager/documents.xhtml", "share").allows(ALL)).as("sharing documents").isFalse();
    assertThat(post("/usager/documents.xhtml", "deleteDocument").allows(ALL)).isFalse();
    assertThat(post("/usager/documents.xhtml", "closeAccount").allows(ALL)).isFalse();
    assertThat(post("/usager/documents.xhtml", "export").allows(ALL)).as("exporting the vault").isFalse();
    assertThat(post("/usager/document.xhtml", "rename").allows(ALL)).isFalse();
    assertThat(post("/usager/document.xhtml", "delete").allows(ALL)).as("deleting a document").isFalse();
    assertThat(get("/usager/shares.xhtml").allows(ALL)).as("sharing").isFalse();
    assertThat(get("/usager/journal.xhtml").allows(ALL)).isFalse();
    assertThat(get("/usager/documents-share.xhtml").allows(ALL)).as("a page not listed").isFalse();
  }

  @Test
  void unknownFormsAndMethodsAreRefused() {
    assertThat(post("/usager/demande.xhtml").allows(ALL)).as("a post without a form").isFalse();
    assertThat(post("/usager/demande.xhtml", "answers", "withdraw").allows(ALL)).isFalse();
    assertThat(post("/usager/demande.xhtml", "somethingNew").allows(ALL)).isFalse();
    assertThat(ScopeRules.decide("/usager/demande.xhtml", "DELETE", Set.of()).allows(ALL)).isFalse();
  }

  @Test
  void endingTheSessionAndLoggingOutArePossibleFromAnyPage() {
    assertThat(post("/usager/demarches.xhtml", "acting").allows(VIEW_ONLY)).isTrue();
    assertThat(post("/usager/demande.xhtml", "logout").allows(VIEW_ONLY)).isTrue();
  }
}
