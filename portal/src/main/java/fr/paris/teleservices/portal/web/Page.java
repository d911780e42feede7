package fr.paris.teleservices.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/**
 * Messages shown to the person on the page, in their language: next to a field (by its client id)
 * or at the top of the form ({@code null} client id).
 */
@RequestScoped
public class Page {

  @Inject CurrentLanguage language;

  /** An error next to a field also marks the field invalid (and so aria-invalid). */
  public void error(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    if (clientId != null) {
      UIComponent field = FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId);
      if (field instanceof UIInput input) {
        input.setValid(false);
      }
    }
  }

  public void info(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_INFO, key, args);
  }

  /** A message that survives the redirect after a successful post. */
  public void flash(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    add(null, FacesMessage.SEVERITY_INFO, key, args);
  }

  private void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
    String text = language.messages().format(key, args);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
