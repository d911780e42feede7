package fr.paris.teleservices.portal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A value of a catalog file with its place in it, so that every error names the file and the field
 * path ({@code requirements[1].anyOf[0][0].documentType}).
 */
final class Node {

  private final String file;
  private final String path;
  private final JsonNode json;

  Node(String file, String path, JsonNode json) {
    this.file = file;
    this.path = path;
    this.json = json;
  }

  String file() {
    return file;
  }

  CatalogException error(String message) {
    return new CatalogException(file + ": " + (path.isEmpty() ? "" : path + ": ") + message);
  }

  boolean present() {
    return json != null && !json.isNull() && !json.isMissingNode();
  }

  boolean isText() {
    return present() && json.isTextual();
  }

  boolean isMapping() {
    return present() && json.isObject();
  }

  Node get(String name) {
    return new Node(file, path.isEmpty() ? name : path + "." + name, json == null ? null : json.get(name));
  }

  Node required(String name) {
    Node child = get(name);
    if (!child.present()) {
      throw child.error("missing");
    }
    return child;
  }

  /** Fails on any field not listed: a misspelt field must not be silently ignored. */
  void allowOnly(String... names) {
    Set<String> allowed = Set.of(names);
    for (String name : mapping().keySet()) {
      if (!allowed.contains(name)) {
        throw get(name)
            .error("unknown field '" + name + "' (expected one of " + String.join(", ", names) + ")");
      }
    }
  }

  String text() {
    if (!isText() || json.asText().isBlank()) {
      throw error("expected a non-empty text");
    }
    return json.asText();
  }

  int integer() {
    if (!present() || !json.isIntegralNumber() || !json.canConvertToInt()) {
      throw error("expected a whole number");
    }
    return json.intValue();
  }

  int atLeast(int min, String what) {
    int value = integer();
    if (value < min) {
      throw error((min == 0 ? "negative " : "") + what + " " + value + " (must be at least " + min + ")");
    }
    return value;
  }

  boolean bool() {
    if (!present() || !json.isBoolean()) {
      throw error("expected true or false");
    }
    return json.booleanValue();
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String value = text();
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException unknown) {
      String expected =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw error("unknown value '" + value + "' (expected one of " + expected + ")");
    }
  }

  List<Node> list() {
    if (!present() || !json.isArray()) {
      throw error("expected a list");
    }
    List<Node> items = new ArrayList<>();
    for (int i = 0; i < json.size(); i++) {
      items.add(new Node(file, path + "[" + i + "]", json.get(i)));
    }
    return items;
  }

  List<Node> nonEmptyList() {
    List<Node> items = list();
    if (items.isEmpty()) {
      throw error("expected at least one item");
    }
    return items;
  }

  /** The fields of a mapping, in file order. */
  Map<String, Node> mapping() {
    if (!isMapping()) {
      throw error("expected a mapping of fields");
    }
    Map<String, Node> fields = new LinkedHashMap<>();
    Iterator<String> names = json.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      fields.put(name, get(name));
    }
    return fields;
  }
}
