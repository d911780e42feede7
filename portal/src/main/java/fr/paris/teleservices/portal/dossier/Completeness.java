package fr.paris.teleservices.portal.dossier;

import java.time.LocalDate;
import java.util.List;

/** Which of a request's required pieces are there and valid on a given day. */
public interface Completeness {

  /** The requirement ids met and the requirement ids still missing (or expired). */
  record Check(List<String> received, List<String> missing) {
    public boolean complete() {
      return missing.isEmpty();
    }
  }

  Check check(Dossier dossier, List<DossierPiece> pieces, LocalDate on);
}
