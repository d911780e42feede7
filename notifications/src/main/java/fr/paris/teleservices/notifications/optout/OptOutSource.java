package fr.paris.teleservices.notifications.optout;

/** How a number came to be opted out. */
public enum OptOutSource {
  /** The person replied STOP, ARRET… */
  KEYWORD,
  /** The provider refused to send because the person unsubscribed from our sender (21610). */
  PROVIDER,
  /** The person switched SMS off on the portal. */
  PORTAL
}
