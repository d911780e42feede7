package fr.paris.teleservices.portal.web;

import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Marks every field that failed validation with {@code aria-invalid="true"} just before the page
 * is rendered, so that screen readers announce it — whichever page or bean refused the value.
 */
public class InvalidFieldMarker implements SystemEventListener {

  @Override
  public void processEvent(SystemEvent event) {
    FacesContext faces = FacesContext.getCurrentInstance();
    UIViewRoot root = (UIViewRoot) event.getSource();
    // Only what is rendered: the value of a hidden part of the page may not be computable.
    root.visitTree(
        VisitContext.createVisitContext(faces, null, java.util.EnumSet.of(jakarta.faces.component.visit.VisitHint.SKIP_UNRENDERED)),
        (context, component) -> {
          if (component instanceof UIInput input) {
            if (input.isValid()) {
              input.getPassThroughAttributes().remove("aria-invalid");
            } else {
              input.getPassThroughAttributes().put("aria-invalid", "true");
            }
          }
          return VisitResult.ACCEPT;
        });
  }

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }
}
