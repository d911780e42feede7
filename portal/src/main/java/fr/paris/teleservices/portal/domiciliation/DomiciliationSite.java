package fr.paris.teleservices.portal.domiciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where a domiciliation structure receives mail and people; its postal address is the domiciliés' address. */
@Entity
@Table(name = "domiciliation_site")
public class DomiciliationSite {

  @Id
  @Column(name = "structure_id")
  private Long structureId;

  @Column(name = "short_name", nullable = false)
  private String shortName;

  @Column(nullable = false)
  private String street;

  @Column(nullable = false)
  private String postcode;

  @Column(nullable = false)
  private String city;

  @Column(name = "interview_place", nullable = false)
  private String interviewPlace;

  protected DomiciliationSite() {}

  public Long getStructureId() {
    return structureId;
  }

  public String getShortName() {
    return shortName;
  }

  public String getStreet() {
    return street;
  }

  public String getPostcode() {
    return postcode;
  }

  public String getCity() {
    return city;
  }

  public String getInterviewPlace() {
    return interviewPlace;
  }
}
