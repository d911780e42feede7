package fr.paris.teleservices.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Accounts in the database. */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  public Optional<Account> findByPublicId(String publicId) {
    return first(
        em.createQuery("SELECT a FROM Account a WHERE a.publicId = :id", Account.class)
            .setParameter("id", publicId)
            .getResultList());
  }

  public Optional<Account> findByLogin(LoginIdentifier login) {
    String field =
        switch (login.kind()) {
          case EMAIL -> "email";
          case PHONE -> "phone";
          case LOGIN_ID -> "loginId";
        };
    return first(
        em.createQuery("SELECT a FROM Account a WHERE a." + field + " = :v", Account.class)
            .setParameter("v", login.value())
            .getResultList());
  }

  public boolean emailTaken(String email) {
    return findByLogin(new LoginIdentifier(LoginIdentifier.Kind.EMAIL, email)).isPresent();
  }

  public boolean phoneTaken(String e164) {
    return findByLogin(new LoginIdentifier(LoginIdentifier.Kind.PHONE, e164)).isPresent();
  }

  public void add(Account account) {
    em.persist(account);
    em.flush();
  }

  private static <T> Optional<T> first(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }
}
