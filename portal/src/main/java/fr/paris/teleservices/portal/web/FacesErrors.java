package fr.paris.teleservices.portal.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form left open too long, or any unexpected failure, leads to a page in the person's language —
 * never to a stack trace. Unexpected failures are logged without their messages, which may
 * hold personal data (see {@link SafeLog}).
 */
public class FacesErrors extends ExceptionHandlerFactory {

  private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());

  public FacesErrors(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable error = events.next().getContext().getException();
        String target = "/error/500.xhtml";
        if (causedBy(error, ViewExpiredException.class)) {
          target = "/error/expired.xhtml";
        } else if (causedBy(error, NotFound.class)
            || causedBy(error, fr.paris.teleservices.portal.dossier.DossierNotFound.class)) {
          events.remove();
          notFound();
          return;
        } else {
          LOG.severe(() -> "Unexpected error on a page: " + SafeLog.describe(error));
        }
        events.remove();
        redirect(target);
        return;
      }
      getWrapped().handle();
    }

    /** The 404 page at the same address: a bookmarked link to someone else's data shows nothing. */
    private static void notFound() {
      FacesContext faces = FacesContext.getCurrentInstance();
      try {
        faces.getExternalContext().responseReset();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
      } catch (IOException e) {
        throw new FacesException(e);
      }
    }

    private static void redirect(String target) {
      FacesContext faces = FacesContext.getCurrentInstance();
      try {
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + target);
        faces.responseComplete();
      } catch (IOException e) {
        throw new FacesException(e);
      }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
      for (Throwable t = error; t != null; t = t.getCause()) {
        if (type.isInstance(t)) {
          return true;
        }
      }
      return false;
    }
  }
}
