package fr.paris.teleservices.portal.domiciliation;

import fr.paris.teleservices.i18n.Languages;
import fr.paris.teleservices.portal.vault.VaultActors;
import fr.paris.teleservices.portal.vault.VaultSetup;
import fr.paris.teleservices.portal.web.SafeLog;
import fr.paris.teleservices.vault.VaultException;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.DocumentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The attestation as a PDF, and its copy in the person's vault (type DOMICILIATION_CERTIFICATE, with
 * its validity as dates, so the vault's expiry alerts apply). The vault deposit runs after the
 * decision has committed, in the vault's own transaction: if the object store is down the decision
 * stands, the PDF can still be downloaded, and staff can put it in the vault again later.
 */
@ApplicationScoped
public class Attestations {

  private static final Logger LOG = Logger.getLogger(Attestations.class.getName());

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject DomiciliationService domiciliations;
  @Inject VaultSetup vault;

  /** The PDF of an attestation. */
  public byte[] pdf(Attestation attestation) {
    Domiciliation domiciliation = attestation.getDomiciliation();
    return AttestationPdf.render(
        domiciliation,
        attestation,
        domiciliations.address(domiciliation),
        domiciliation.getStructure().getName(),
        Languages.orReference(domiciliation.getUsager().getLanguage()));
  }

  /**
   * Deposits the attestation in its holder's vault unless it is there already.
   *
   * @return the vault document's id, or empty when the vault could not take it now
   */
  public Optional<String> depositIfMissing(String attestationPublicId) {
    Attestation attestation = load(attestationPublicId);
    if (attestation.getDocumentId() != null) {
      return Optional.of(attestation.getDocumentId());
    }
    var holder = attestation.getDomiciliation().getUsager();
    try {
      // The vault lets only the owner (or an agent for them) deposit: the attestation is written in
      // the person's own name; the domiciliation's history says who issued it.
      DocumentSummary stored =
          vault.vault()
              .deposit(
                  VaultActors.usager(holder),
                  new DepositRequest(
                      new ByteArrayInputStream(pdf(attestation)),
                      "attestation-domiciliation-" + attestation.getNumber() + ".pdf",
                      "application/pdf",
                      DocumentType.DOMICILIATION_CERTIFICATE,
                      attestation.getValidFrom(),
                      attestation.getValidUntil()));
      domiciliations.attestationDeposited(attestationPublicId, stored.id());
      LOG.info(() -> "Attestation " + attestation.getPublicId() + " deposited as " + stored.id());
      return Optional.of(stored.id());
    } catch (VaultException | IllegalStateException failed) {
      LOG.warning(() -> "Attestation " + attestation.getPublicId() + " not deposited: " + SafeLog.describe(failed));
      return Optional.empty();
    }
  }

  private Attestation load(String publicId) {
    return em.createQuery("SELECT a FROM Attestation a WHERE a.publicId = :p", Attestation.class)
        .setParameter("p", publicId)
        .getSingleResult();
  }
}
