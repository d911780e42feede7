package fr.paris.teleservices.portal.admin;

import fr.paris.teleservices.i18n.TranslationStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The translation status page: per language, how many texts exist and whether someone reviewed them. */
@Named
@RequestScoped
public class Translations {

  public List<TranslationStatus.Entry> getEntries() {
    return TranslationStatus.all();
  }
}
