package fr.paris.teleservices.portal.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.paris.teleservices.i18n.Bundles;
import fr.paris.teleservices.i18n.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the catalog: {@code catalog/index.yaml} lists the procedure files (an explicit list, since
 * scanning the classpath inside a WAR is fragile), each is read and validated. Any malformed entry
 * throws a {@link CatalogException} naming the file and the field, so that the portal does not
 * start with a wrong catalog.
 */
public final class CatalogLoader {

  public static final String DIRECTORY = "catalog/";
  public static final String INDEX = DIRECTORY + "index.yaml";

  private static final YAMLMapper YAML = new YAMLMapper();

  private final ClassLoader classLoader;
  private final Function<String, String> frenchText;

  /**
   * @param frenchText the French pattern of a bundle key, or {@code null} when there is none; the
   *     loader checks that every entry's texts exist
   */
  public CatalogLoader(ClassLoader classLoader, Function<String, String> frenchText) {
    this.classLoader = classLoader;
    this.frenchText = frenchText;
  }

  /** The shipped catalog, checked against the French bundles. */
  public static Catalog load() {
    Map<String, String> french = Bundles.texts(Languages.REFERENCE);
    return new CatalogLoader(CatalogLoader.class.getClassLoader(), french::get).loadIndex(INDEX);
  }

  /** The catalog whose index is this classpath resource. */
  public Catalog loadIndex(String indexResource) {
    Node index = new Node(indexResource, "", parse(indexResource, read(indexResource, null)));
    index.allowOnly("procedures");
    Map<String, String> sources = new LinkedHashMap<>();
    for (Node item : index.required("procedures").nonEmptyList()) {
      String resource = DIRECTORY + item.text();
      if (sources.containsKey(resource)) {
        throw item.error("listed twice: " + item.text());
      }
      sources.put(resource, read(resource, item));
    }
    return fromSources(sources);
  }

  /**
   * The catalog made of these files, resource name to YAML text, in order; the names appear in the
   * error messages.
   */
  public Catalog fromSources(Map<String, String> sources) {
    ProcedureReader reader = new ProcedureReader(frenchText);
    List<Procedure> procedures = new ArrayList<>();
    Map<String, String> fileById = new HashMap<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      String file = source.getKey();
      Node root = new Node(file, "", parse(file, source.getValue()));
      Procedure procedure = reader.read(root);
      String other = fileById.putIfAbsent(procedure.id(), file);
      if (other != null) {
        throw root.get("id").error("duplicate id '" + procedure.id() + "' (also in " + other + ")");
      }
      procedures.add(procedure);
    }
    return new Catalog(procedures);
  }

  private String read(String resource, Node listedAt) {
    try (InputStream in = classLoader.getResourceAsStream(resource)) {
      if (in == null) {
        String message = "no such resource " + resource;
        throw listedAt == null ? new CatalogException(message) : listedAt.error(message);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CatalogException(resource + ": cannot be read", e);
    }
  }

  private static JsonNode parse(String file, String yaml) {
    try {
      JsonNode tree = YAML.readTree(yaml);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        throw new CatalogException(file + ": the file is empty");
      }
      return tree;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String position =
          where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
      throw new CatalogException(
          file + ": malformed YAML" + position + ": " + e.getOriginalMessage(), e);
    }
  }
}
