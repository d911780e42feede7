package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;
import fr.paris.teleservices.portal.structure.Structure;
import fr.paris.teleservices.vault.sharing.Grantee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whom a usager may share documents with: a social worker by name, or a whole Espace Parisien des
 * Solidarités (useful when they do not know who will instruct their request).
 */
@ApplicationScoped
public class Grantees {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /** Active social workers with their structure, by name. */
  public List<Account> socialWorkers() {
    return em.createQuery(
            "SELECT a FROM Account a JOIN FETCH a.structure WHERE a.role = :role AND a.status = :active"
                + " ORDER BY a.displayName",
            Account.class)
        .setParameter("role", Role.SOCIAL_WORKER)
        .setParameter("active", Account.Status.ACTIVE)
        .getResultList();
  }

  /** The Espaces Parisiens des Solidarités, in the order of the arrondissements (Paris Centre, 5e, 6e…). */
  public List<Structure> solidarityOffices() {
    return em.createQuery("SELECT s FROM Structure s WHERE s.kind = :kind ORDER BY s.id", Structure.class)
        .setParameter("kind", Structure.Kind.EPS)
        .getResultList();
  }

  /** The grantee a choice names, with its current name; empty when it names nobody one may share with. */
  public Optional<Grantee> grantee(GranteeChoice choice) {
    return switch (choice.kind()) {
      case SOCIAL_WORKER -> em.createQuery(
              "SELECT a FROM Account a WHERE a.publicId = :id AND a.role = :role AND a.status = :active", Account.class)
          .setParameter("id", choice.id())
          .setParameter("role", Role.SOCIAL_WORKER)
          .setParameter("active", Account.Status.ACTIVE)
          .getResultList()
          .stream()
          .findFirst()
          .map(a -> Grantee.socialWorker(a.getPublicId(), a.getDisplayName()));
      case STRUCTURE -> em.createQuery("SELECT s FROM Structure s WHERE s.code = :code AND s.kind = :kind", Structure.class)
          .setParameter("code", choice.id())
          .setParameter("kind", Structure.Kind.EPS)
          .getResultList()
          .stream()
          .findFirst()
          .map(s -> Grantee.structure(s.getCode(), s.getName()));
    };
  }

  /** Every structure's name by its code, to say in a journal where a social worker works. */
  public Map<String, String> structureNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Structure s : em.createQuery("SELECT s FROM Structure s ORDER BY s.id", Structure.class).getResultList()) {
      names.put(s.getCode(), s.getName());
    }
    return names;
  }
}
