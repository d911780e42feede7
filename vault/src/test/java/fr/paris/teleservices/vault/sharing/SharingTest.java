package fr.paris.teleservices.vault.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.vault.TestFiles;
import fr.paris.teleservices.vault.VaultFixture;
import fr.paris.teleservices.vault.access.ActionNotAllowedException;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentNotFoundException;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.document.ReadPurpose;
import fr.paris.teleservices.vault.journal.JournalAction;
import fr.paris.teleservices.vault.journal.JournalEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SharingTest {

  static VaultFixture fx;

  @BeforeAll
  static void start() {
    fx = VaultFixture.start();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  static Actor.Usager usager(String name) {
    return Actor.usager("u-" + UUID.randomUUID(), name);
  }

  static Actor.SocialWorker worker(String structureId) {
    return Actor.socialWorker("w-" + UUID.randomUUID(), "Mme Martin", structureId, "EPS " + structureId);
  }

  static DocumentSummary deposit(Actor.Usager owner, String text) {
    return fx.vault.deposit(
        owner, DepositRequest.of(new ByteArrayInputStream(TestFiles.pdf(text)), text + ".pdf", null, DocumentType.RESIDENCE_PERMIT));
  }

  static byte[] read(Actor actor, String documentId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fx.vault.read(actor, documentId, ReadPurpose.VIEW, out);
    return out.toByteArray();
  }

  LocalDate today() {
    return LocalDate.ofInstant(fx.clock.instant(), java.time.ZoneId.of("Europe/Paris"));
  }

  @Test
  void aNamedWorkerReadsWhatIsSharedAndNothingElse() {
    Actor.Usager awa = usager("Awa Diallo");
    DocumentSummary permit = deposit(awa, "titre");
    DocumentSummary medical = deposit(awa, "certificat");
    Actor.SocialWorker martin = worker("eps-13");

    Share share = fx.vault.share(awa, ShareRequest.of(List.of(permit.id()), Grantee.socialWorker(martin.workerId(), "Mme Martin")));

    assertThat(share.validUntil()).isEqualTo(today().plusDays(30));
    assertThat(read(martin, permit.id())).isNotEmpty();
    assertThatThrownBy(() -> read(martin, medical.id())).isInstanceOf(DocumentNotFoundException.class);
    assertThatThrownBy(() -> read(worker("eps-13"), permit.id())).isInstanceOf(DocumentNotFoundException.class);
    JournalEntry view = fx.vault.journal(awa, 0, 1).get(0);
    assertThat(view.action()).isEqualTo(JournalAction.VIEW);
    assertThat(view.actorId()).isEqualTo(martin.workerId());
    assertThat(view.actorStructureId()).isEqualTo("eps-13");
    assertThat(view.shareId()).isEqualTo(share.id());
  }

  @Test
  void aShareToAStructureOpensToEachOfItsWorkers() {
    Actor.Usager awa = usager("Awa Diallo");
    DocumentSummary permit = deposit(awa, "titre");
    fx.vault.share(awa, ShareRequest.of(List.of(permit.id()), Grantee.structure("eps-18", "EPS Paris 18")));

    assertThat(read(worker("eps-18"), permit.id())).isNotEmpty();
    assertThatThrownBy(() -> read(worker("eps-19"), permit.id())).isInstanceOf(DocumentNotFoundException.class);
  }

  @Test
  void aRevokedShareAnswersNotFoundAtOnce() {
    Actor.Usager awa = usager("Awa Diallo");
    DocumentSummary permit = deposit(awa, "titre");
    Actor.SocialWorker martin = worker("eps-13");
    Share share = fx.vault.share(awa, ShareRequest.of(List.of(permit.id()), Grantee.socialWorker(martin.workerId(), "Mme Martin")));
    assertThat(read(martin, permit.id())).isNotEmpty();

    fx.vault.revoke(awa, share.id());

    assertThatThrownBy(() -> read(martin, permit.id())).isInstanceOf(DocumentNotFoundException.class);
    assertThat(fx.vault.activeShares(awa)).isEmpty();
    assertThat(fx.vault.sharedWith(martin)).isEmpty();
    assertThat(fx.vault.journal(awa, 0, 1)).extracting(JournalEntry::action).containsExactly(JournalAction.REVOKE);
  }

  @Test
  void aShareExpiresAfterItsLastDay() {
    Actor.Usager awa = usager("Awa Diallo");
    DocumentSummary permit = deposit(awa, "titre");
    Actor.SocialWorker martin = worker("eps-13");
    fx.vault.share(awa, new ShareRequest(List.of(permit.id()), Grantee.socialWorker(martin.workerId(), "Mme Martin"), today().plusDays(2)));

    fx.clock.advance(Duration.ofDays(2));
    assertThat(read(martin, permit.id())).isNotEmpty();
    fx.clock.advance(Duration.ofDays(1));
    assertThatThrownBy(() -> read(martin, permit.id())).isInstanceOf(DocumentNotFoundException.class);
    assertThat(fx.vault.activeShares(awa)).isEmpty();
  }

  @Test
  void anAgentMayNotShareNorRevoke() {
    Actor.Usager awa = usager("Awa Diallo");
    DocumentSummary permit = deposit(awa, "titre");
    Share share = fx.vault.share(awa, ShareRequest.of(List.of(permit.id()), Grantee.structure("eps-13", "EPS 13")));
    Actor.Agent agent = Actor.agent("agent-1", "Agent", awa.ownerId(), "mandate-1");

    assertThatThrownBy(() -> fx.vault.share(agent, ShareRequest.of(List.of(permit.id()), Grantee.structure("eps-13", "EPS 13"))))
        .isInstanceOf(ActionNotAllowedException.class);
    assertThatThrownBy(() -> fx.vault.revoke(agent, share.id())).isInstanceOf(ActionNotAllowedException.class);
    assertThatThrownBy(() -> fx.vault.destroyVault(agent, awa.ownerId())).isInstanceOf(ActionNotAllowedException.class);
    assertThat(fx.vault.activeShares(agent)).extracting(Share::id).containsExactly(share.id());
  }

  @Test
  void onlyOwnDocumentsCanBeSharedAndOnlyOwnSharesRevoked() {
    Actor.Usager awa = usager("Awa Diallo");
    Actor.Usager other = usager("Other");
    DocumentSummary othersDocument = deposit(other, "autre");
    Share othersShare = fx.vault.share(other, ShareRequest.of(List.of(othersDocument.id()), Grantee.structure("eps-1", "EPS 1")));

    assertThatThrownBy(() -> fx.vault.share(awa, ShareRequest.of(List.of(othersDocument.id()), Grantee.structure("eps-1", "EPS 1"))))
        .isInstanceOf(DocumentNotFoundException.class);
    assertThatThrownBy(() -> fx.vault.revoke(awa, othersShare.id())).isInstanceOf(ShareNotFoundException.class);
    assertThat(read(worker("eps-1"), othersDocument.id())).isNotEmpty();
  }

  @Test
  void validityIsBounded() {
    Actor.Usager awa = usager("Awa Diallo");
    DocumentSummary permit = deposit(awa, "titre");
    Grantee eps = Grantee.structure("eps-13", "EPS 13");
    assertThatThrownBy(() -> fx.vault.share(awa, new ShareRequest(List.of(permit.id()), eps, today().plusDays(366))))
        .isInstanceOfSatisfying(ShareRefusedException.class, e -> assertThat(e.reason()).isEqualTo(ShareRefusal.VALID_UNTIL_TOO_FAR));
    assertThatThrownBy(() -> fx.vault.share(awa, new ShareRequest(List.of(permit.id()), eps, today().minusDays(1))))
        .isInstanceOfSatisfying(ShareRefusedException.class, e -> assertThat(e.reason()).isEqualTo(ShareRefusal.VALID_UNTIL_IN_PAST));
    assertThatThrownBy(() -> fx.vault.share(awa, ShareRequest.of(List.of(), eps)))
        .isInstanceOfSatisfying(ShareRefusedException.class, e -> assertThat(e.reason()).isEqualTo(ShareRefusal.NO_DOCUMENTS));
    assertThat(fx.vault.share(awa, new ShareRequest(List.of(permit.id()), eps, today().plusDays(365))).validUntil())
        .isEqualTo(today().plusDays(365));
  }

  @Test
  void sharedWithMeGroupsByUsagerWithTheirNameAndOnlyActiveShares() {
    Actor.SocialWorker martin = worker("eps-20");
    Actor.Usager awa = usager("Awa Diallo");
    Actor.Usager jean = usager("Jean Petit");
    DocumentSummary a1 = deposit(awa, "a1");
    DocumentSummary a2 = deposit(awa, "a2");
    DocumentSummary a3 = deposit(awa, "a3");
    DocumentSummary j1 = deposit(jean, "j1");
    fx.vault.share(awa, ShareRequest.of(List.of(a1.id(), a2.id()), Grantee.socialWorker(martin.workerId(), "Mme Martin")));
    fx.vault.share(awa, new ShareRequest(List.of(a2.id()), Grantee.structure("eps-20", "EPS 20"), today().plusDays(90)));
    Share revoked = fx.vault.share(awa, ShareRequest.of(List.of(a3.id()), Grantee.structure("eps-20", "EPS 20")));
    fx.vault.revoke(awa, revoked.id());
    fx.vault.share(jean, ShareRequest.of(List.of(j1.id()), Grantee.structure("eps-20", "EPS 20")));

    List<SharedVault> shared = fx.vault.sharedWith(martin);

    assertThat(shared).extracting(SharedVault::ownerDisplayName).containsExactlyInAnyOrder("Awa Diallo", "Jean Petit");
    SharedVault awas = shared.stream().filter(v -> v.ownerId().equals(awa.ownerId())).findFirst().orElseThrow();
    assertThat(awas.documents()).extracting(d -> d.document().id()).containsExactlyInAnyOrder(a1.id(), a2.id());
    assertThat(awas.documents()).filteredOn(d -> d.document().id().equals(a2.id())).extracting(SharedDocument::validUntil)
        .containsExactly(today().plusDays(90));
  }

  @Test
  void aDeletedDocumentIsNoLongerShared() {
    Actor.Usager awa = usager("Awa Diallo");
    DocumentSummary permit = deposit(awa, "titre");
    Actor.SocialWorker martin = worker("eps-5");
    fx.vault.share(awa, ShareRequest.of(List.of(permit.id()), Grantee.socialWorker(martin.workerId(), "Mme Martin")));

    fx.vault.delete(awa, permit.id());

    assertThat(fx.vault.sharedWith(martin)).isEmpty();
    assertThat(fx.vault.activeShares(awa)).isEmpty();
  }
}
