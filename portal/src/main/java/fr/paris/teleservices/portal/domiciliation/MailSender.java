package fr.paris.teleservices.portal.domiciliation;

/**
 * Who sent a letter, as a kind only: staff never record what a letter says, and the SMS says
 * neither the sender nor the content.
 */
public enum MailSender {
  ADMINISTRATION,
  SOCIAL_BODY,
  TAX,
  BANK,
  JUSTICE,
  PRIVATE_PERSON,
  OTHER
}
