package fr.paris.teleservices.portal.catalog;

import fr.paris.teleservices.portal.catalog.documents.DocumentRequirement;
import fr.paris.teleservices.portal.catalog.documents.Piece;
import fr.paris.teleservices.portal.catalog.documents.Validity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the supporting documents of a procedure:
 *
 * <pre>
 * requirements:
 *   - id: residence-3-years
 *     anyOf:
 *       - [{documentType: TAX_NOTICE, count: 3, validity: {issuedWithinMonths: 60}}]
 *       - [{documentType: RENT_RECEIPT, count: 3}, {documentType: UTILITY_BILL, count: 3}]
 * </pre>
 *
 * A piece's {@code count} defaults to 1 and its {@code validity} to ANY; validity is {@code ANY},
 * {@code CURRENT}, {@code {issuedWithinMonths: n}} or {@code {taxYearsBack: n}}.
 */
final class RequirementReader {

  private RequirementReader() {}

  static List<DocumentRequirement> read(Node list) {
    List<DocumentRequirement> requirements = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node node : list.list()) {
      node.allowOnly("id", "optional", "anyOf");
      Node idNode = node.required("id");
      String id = idNode.text();
      if (!id.matches(ProcedureReader.SLUG)) {
        throw idNode.error("'" + id + "' is not a lower-case slug such as bank-details");
      }
      if (!ids.add(id)) {
        throw idNode.error("duplicate requirement id '" + id + "'");
      }
      boolean optional = node.get("optional").present() && node.get("optional").bool();
      List<List<Piece>> alternatives = new ArrayList<>();
      for (Node alternative : node.required("anyOf").nonEmptyList()) {
        List<Piece> pieces = new ArrayList<>();
        for (Node piece : alternative.nonEmptyList()) {
          pieces.add(piece(piece));
        }
        alternatives.add(pieces);
      }
      requirements.add(new DocumentRequirement(id, optional, alternatives));
    }
    return requirements;
  }

  private static Piece piece(Node node) {
    node.allowOnly("documentType", "count", "validity");
    Node typeNode = node.required("documentType");
    String type = typeNode.text();
    if (!DocumentTypes.isKnown(type)) {
      throw typeNode.error("unknown document type '" + type + "'");
    }
    int count = node.get("count").present() ? node.get("count").atLeast(1, "count") : 1;
    return new Piece(type, count, validity(node.get("validity")));
  }

  private static Validity validity(Node node) {
    if (!node.present()) {
      return Validity.ANY;
    }
    if (node.isText()) {
      return switch (node.text()) {
        case "ANY" -> Validity.ANY;
        case "CURRENT" -> Validity.CURRENT;
        default ->
            throw node.error(
                "unknown validity '" + node.text()
                    + "' (expected ANY, CURRENT, {issuedWithinMonths: n} or {taxYearsBack: n})");
      };
    }
    Map<String, Node> fields = node.mapping();
    node.allowOnly("issuedWithinMonths", "taxYearsBack");
    if (fields.size() != 1) {
      throw node.error("expected one of issuedWithinMonths or taxYearsBack");
    }
    Node months = node.get("issuedWithinMonths");
    if (months.present()) {
      return Validity.issuedWithinMonths(months.atLeast(1, "number of months"));
    }
    return Validity.taxYear(node.get("taxYearsBack").atLeast(1, "number of years"));
  }
}
