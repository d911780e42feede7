package fr.paris.teleservices.portal.dossier;

import fr.paris.teleservices.portal.vault.VaultActors;
import fr.paris.teleservices.portal.vault.VaultSetup;
import fr.paris.teleservices.vault.sharing.Grantee;
import fr.paris.teleservices.vault.sharing.GranteeKind;
import fr.paris.teleservices.vault.sharing.ShareRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Filing a request shares its pieces with the structure that instructs it: the social workers of
 * that EPS can then open them, through the vault's own access checks, and every opening is in the
 * usager's journal. The share is the vault's ordinary share, visible to the usager and revocable.
 */
@ApplicationScoped
public class InstructionShares {

  /** Long enough for instruction and the 2-month appeal delay; the vault's longest share. */
  static final int DAYS = 365;

  @Inject VaultSetup vault;
  @Inject DossierService dossiers;

  /** Shares the request's pieces not yet shared with its structure. Does nothing for a draft. */
  public void shareWithInstructors(Dossier dossier) {
    if (dossier.getStructure() == null) {
      return;
    }
    var owner = VaultActors.usager(dossier.getUsager());
    String structure = dossier.getStructure().getCode();
    Set<String> alreadyShared =
        vault.vault().activeShares(owner).stream()
            .filter(s -> s.grantee().kind() == GranteeKind.STRUCTURE && s.grantee().id().equals(structure))
            .flatMap(s -> s.documentIds().stream())
            .collect(Collectors.toSet());
    List<String> documentIds =
        dossiers.pieces(dossier).stream()
            .map(DossierPiece::getDocumentId)
            .distinct()
            .filter(id -> !alreadyShared.contains(id))
            .toList();
    if (documentIds.isEmpty()) {
      return;
    }
    vault.vault()
        .share(
            owner,
            new ShareRequest(
                documentIds,
                Grantee.structure(structure, dossier.getStructure().getName()),
                LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(DAYS)));
  }
}
