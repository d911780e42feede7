package fr.paris.teleservices.portal.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The validated procedures, in the order of {@code catalog/index.yaml}. */
public final class Catalog {

  private final Map<String, Procedure> byId = new LinkedHashMap<>();

  Catalog(List<Procedure> procedures) {
    for (Procedure procedure : procedures) {
      byId.put(procedure.id(), procedure);
    }
  }

  public List<Procedure> procedures() {
    return List.copyOf(byId.values());
  }

  /** The aids only, without domiciliation. */
  public List<Procedure> aids() {
    return byId.values().stream().filter(p -> p.kind() == ProcedureKind.AID).toList();
  }

  public Optional<Procedure> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The procedure with this id; an unknown id is a programming error. */
  public Procedure get(String id) {
    Procedure procedure = byId.get(id);
    if (procedure == null) {
      throw new IllegalArgumentException("No procedure '" + id + "' in the catalog");
    }
    return procedure;
  }
}
