package fr.paris.teleservices.portal.dossier;

import fr.paris.teleservices.portal.structure.Structure;

/** Which structure instructs a request: by procedure, and for the EPS by the usager's arrondissement. */
public interface Routing {

  Structure instructingStructure(Dossier dossier);
}
