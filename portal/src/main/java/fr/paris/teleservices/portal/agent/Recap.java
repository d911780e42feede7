package fr.paris.teleservices.portal.agent;

import java.util.List;

/**
 * What the recap sheet of a visit says, in one language: how to log in, the requests filed and
 * what they still miss, the domiciliation.
 *
 * @param loginId the generated identifier, when the account has one
 * @param recoveryCode the first recovery code, only right after the account was created
 * @param portal the portal's address, as people type it
 */
public record Recap(
    String name,
    String loginId,
    String phone,
    String email,
    String recoveryCode,
    String portal,
    List<Request> requests,
    String domiciliation) {

  /** One request: its name, number, state (in words), date filed, and the pieces it still lacks. */
  public record Request(String name, String number, String state, String filedOn, List<String> missing) {}
}
