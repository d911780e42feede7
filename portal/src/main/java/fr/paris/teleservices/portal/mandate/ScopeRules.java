package fr.paris.teleservices.portal.mandate;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which scope an agent needs for each usager page, and for each form posted on it; deny by default:
 * a page or a form not listed here is the person's alone (settings, phone number, mandates,
 * withdrawing a request, sharing, deleting, closing the account…).
 *
 * <p>Forms are told apart by the field Faces sends with every post: the form's id as its own name
 * and value. The banner's "end the session" form and the log-out form may be posted from anywhere.
 */
public final class ScopeRules {

  /** What the rules say about a request: allowed with a scope, or never allowed to an agent. */
  public record Decision(Scope scope) {

    static final Decision NEVER = new Decision(null);

    public boolean allows(Set<Scope> held) {
      return scope != null && held.contains(scope);
    }

    public boolean never() {
      return scope == null;
    }
  }

  /** The forms an agent may always post: ending the assisted session, logging out. */
  static final Set<String> ALWAYS = Set.of("acting", "logout");

  /** Owner-only decisions on the vault pages, whatever their forms are called. */
  private static final String OWNER_ONLY = ".*(share|revoke|delete|export|close|journal|rename).*";

  /** Page → scope needed to open it (GET). */
  private static final Map<String, Scope> PAGES =
      Map.ofEntries(
          Map.entry("/usager/demarches.xhtml", Scope.VIEW_REQUESTS),
          Map.entry("/usager/demande.xhtml", Scope.VIEW_REQUESTS),
          Map.entry("/usager/start.xhtml", Scope.FILE_REQUESTS),
          Map.entry("/usager/domiciliation.xhtml", Scope.VIEW_REQUESTS),
          Map.entry("/usager/domiciliation-request.xhtml", Scope.FILE_REQUESTS),
          Map.entry("/usager/documents.xhtml", Scope.ADD_DOCUMENTS),
          Map.entry("/usager/document.xhtml", Scope.ADD_DOCUMENTS),
          Map.entry("/usager/files/document", Scope.ADD_DOCUMENTS),
          Map.entry("/agent/files/document", Scope.ADD_DOCUMENTS),
          Map.entry("/usager/files/receipt", Scope.VIEW_REQUESTS),
          Map.entry("/usager/files/decision", Scope.VIEW_REQUESTS),
          Map.entry("/usager/files/attestation", Scope.VIEW_REQUESTS));

  /** Page → form id → scope needed to post it. Forms not listed are never posted by an agent. */
  private static final Map<String, Map<String, Scope>> FORMS =
      Map.of(
          "/usager/demande.xhtml", Map.of("answers", Scope.FILE_REQUESTS, "pieces", Scope.ADD_DOCUMENTS),
          "/usager/start.xhtml", Map.of("start", Scope.FILE_REQUESTS),
          "/usager/domiciliation.xhtml", Map.of("renew", Scope.FILE_REQUESTS),
          "/usager/domiciliation-request.xhtml", Map.of("request", Scope.FILE_REQUESTS));

  private ScopeRules() {}

  /**
   * The rule for an agent's request.
   *
   * @param path the address inside the portal, e.g. /usager/demande.xhtml
   * @param method GET, POST…
   * @param postedForms the ids of the forms posted (Faces sends a parameter named after the form
   *     whose value is its own name); empty for a GET
   */
  public static Decision decide(String path, String method, Set<String> postedForms) {
    Scope page = PAGES.get(path);
    if (page == null) {
      return Decision.NEVER;
    }
    if ("GET".equals(method) || "HEAD".equals(method)) {
      return new Decision(page);
    }
    if (!"POST".equals(method) || postedForms.isEmpty()) {
      return Decision.NEVER;
    }
    if (postedForms.stream().anyMatch(ALWAYS::contains)) {
      return new Decision(Scope.VIEW_REQUESTS);
    }
    if (path.startsWith("/usager/documents")) {
      // The vault's pages: adding documents needs ADD_DOCUMENTS; a form named after an owner-only
      // decision is never the agent's (the vault itself refuses sharing and revoking to agents).
      return postedForms.stream().anyMatch(ScopeRules::ownerOnly) ? Decision.NEVER : new Decision(Scope.ADD_DOCUMENTS);
    }
    Map<String, Scope> forms = FORMS.getOrDefault(path, Map.of());
    if (!forms.keySet().containsAll(postedForms)) {
      return Decision.NEVER;
    }
    Optional<Scope> needed = postedForms.stream().map(forms::get).findFirst();
    return needed.map(Decision::new).orElse(Decision.NEVER);
  }

  /** Names of forms that are the owner's decisions only. */
  static boolean ownerOnly(String formId) {
    return formId.toLowerCase(Locale.ROOT).matches(OWNER_ONLY);
  }
}
