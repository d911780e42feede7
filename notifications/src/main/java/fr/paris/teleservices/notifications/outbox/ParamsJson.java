package fr.paris.teleservices.notifications.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/** Template parameters as stored in {@code params_json}: a flat object of strings and numbers. */
final class ParamsJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> TYPE = new TypeReference<>() {};

  private ParamsJson() {}

  static String write(Map<String, Object> params) {
    try {
      return MAPPER.writeValueAsString(new TreeMap<>(params));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Template parameters cannot be written as JSON", e);
    }
  }

  static Map<String, Object> read(String json) {
    try {
      return MAPPER.readValue(json, TYPE);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Corrupt params_json in the outbox", e);
    }
  }
}
