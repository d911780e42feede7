package fr.paris.teleservices.portal.agent;

import fr.paris.teleservices.portal.mandate.MandatePolicy;
import fr.paris.teleservices.portal.mandate.Scope;
import java.io.Serializable;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The scope and duration an agent chooses with the person before asking for consent. Viewing is
 * always part of it; filing and adding documents are ticked by default (the usual visit).
 */
public class ScopeChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean fileRequests = true;
  private boolean addDocuments = true;
  private Integer minutes = (int) MandatePolicy.DEFAULT.toMinutes();

  public Set<Scope> scopes() {
    EnumSet<Scope> scopes = EnumSet.of(Scope.VIEW_REQUESTS);
    if (fileRequests) {
      scopes.add(Scope.FILE_REQUESTS);
    }
    if (addDocuments) {
      scopes.add(Scope.ADD_DOCUMENTS);
    }
    return scopes;
  }

  public Duration duration() {
    return MandatePolicy.duration(minutes);
  }

  public List<Integer> getDurations() {
    return MandatePolicy.CHOICES;
  }

  public boolean isFileRequests() {
    return fileRequests;
  }

  public void setFileRequests(boolean fileRequests) {
    this.fileRequests = fileRequests;
  }

  public boolean isAddDocuments() {
    return addDocuments;
  }

  public void setAddDocuments(boolean addDocuments) {
    this.addDocuments = addDocuments;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }
}
