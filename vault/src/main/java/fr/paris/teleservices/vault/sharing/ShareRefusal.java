package fr.paris.teleservices.vault.sharing;

import java.util.Locale;

/** Why a share request was refused. */
public enum ShareRefusal {
  NO_DOCUMENTS,
  VALID_UNTIL_IN_PAST,
  VALID_UNTIL_TOO_FAR;

  /** The portal's message bundle key, e.g. {@code vault.share.refused.valid_until_too_far}. */
  public String messageKey() {
    return "vault.share.refused." + name().toLowerCase(Locale.ROOT);
  }
}
