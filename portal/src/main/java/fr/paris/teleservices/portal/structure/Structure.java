package fr.paris.teleservices.portal.structure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An office people deal with: an EPS, an espace numérique, a domiciliation service. */
@Entity
@Table(name = "structure")
public class Structure {

  /** What a structure does. */
  public enum Kind {
    EPS,
    DIGITAL_ACCESS,
    DOMICILIATION,
    MISSION_LOCALE
  }

  @Id private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private String name;

  private String arrondissements;

  protected Structure() {}

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public Kind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public String getArrondissements() {
    return arrondissements;
  }

  /** Whether this structure covers the arrondissement (1 to 20). */
  public boolean covers(int arrondissement) {
    if (arrondissements == null) {
      return false;
    }
    for (String a : arrondissements.split(",")) {
      if (a.trim().equals(Integer.toString(arrondissement))) {
        return true;
      }
    }
    return false;
  }
}
