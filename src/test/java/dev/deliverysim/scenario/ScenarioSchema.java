package dev.deliverysim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deliverysim.scenario.spec.RouteSpec;
import dev.deliverysim.scenario.spec.ScenarioSpec;
import dev.deliverysim.scenario.tree.Required;
import dev.deliverysim.scenario.tree.Spelling;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates the JSON Schema (draft 2020-12) of a scenario file from the records the loader binds
 * ({@link ScenarioSpec} and below), the way the binder reads them: keys in snake_case, unknown keys
 * refused, enums in lower case, and the scalars the binder
 * converts itself (durations, rates, counts, routes) as the forms it accepts. A hand-written
 * generator rather than a library one: the binder's own conventions are all it needs to follow,
 * and ninety lines state them more plainly than a library's configuration would.
 *
 * <p>Only the top level's {@link Required} keys are required, and only without {@code extends}: a
 * scenario that extends a base may give a partial item ({@code - {name: review, servers: 2}}),
 * which the loader completes from the base and then checks, with positions.
 */
final class ScenarioSchema {
  static final String ID = "https://deliverysim.dev/schema/scenario.schema.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode defs = JSON.createObjectNode();

  private ScenarioSchema() {}

  static ObjectNode generate() {
    ScenarioSchema schema = new ScenarioSchema();
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", ID);
    root.put("title", "deliverysim scenario");
    root.put("description", "A deliverysim scenario: a queueing network or a software delivery organisation."
        + " Generated from the scenario records; see docs/scenario-reference.md.");
    ObjectNode body = schema.record(ScenarioSpec.class);
    // a scenario that extends a base may leave anything to it: required only without extends
    JsonNode required = body.remove("required");
    body.set("if", JSON.createObjectNode().set("required", JSON.createArrayNode().add("extends")));
    body.set("else", JSON.createObjectNode().set("required", required));
    ((ObjectNode) body.get("properties")).set("extends", JSON.createObjectNode().put("type", "string")
        .put("description", "a base scenario (.yaml) in this folder or below"));
    root.setAll(body);
    root.set("$defs", schema.defs);
    return root;
  }

  /** Records with keys of which exactly one is given. */
  private static final java.util.Set<Class<?>> EXACTLY_ONE_OF = java.util.Set.of(
      dev.deliverysim.scenario.delivery.WorkSpec.class, dev.deliverysim.scenario.spec.ArrivalsSpec.class);

  private ObjectNode record(Class<?> type) {
    ObjectNode node = JSON.createObjectNode().put("type", "object").put("additionalProperties", false);
    ObjectNode properties = node.putObject("properties");
    List<String> required = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String key = Spelling.snakeCase(component.getName());
      JsonNode value = value(component.getGenericType());
      if (component.isAnnotationPresent(Required.class)) {
        required.add(key);
        properties.set(key, value);
      } else if (!EXACTLY_ONE_OF.contains(type)) {
        properties.set(key, value);
      } else {
        // null is as if absent: in a scenario that extends a base, it clears what the base set —
        // the way to switch between keys of which exactly one is given (features: null, backlog: 5000).
        // Only here: everywhere else a null would only double every error message (anyOf).
        ObjectNode either = JSON.createObjectNode();
        either.putArray("anyOf").add(value).add(JSON.createObjectNode().put("type", "null"));
        properties.set(key, either);
      }
    }
    if (!required.isEmpty() && type == ScenarioSpec.class) {
      ArrayNode list = node.putArray("required");
      required.forEach(list::add);
    }
    return node;
  }

  private JsonNode value(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return JSON.createObjectNode().put("type", "array").set("items", value(p.getActualTypeArguments()[0]));
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      return JSON.createObjectNode().put("type", "object").set("additionalProperties", value(p.getActualTypeArguments()[1]));
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class) {
      return JSON.createObjectNode().put("type", "string");
    }
    if (raw == Integer.class || raw == Long.class || raw == int.class || raw == long.class) {
      return JSON.createObjectNode().put("type", "integer");
    }
    if (raw == Double.class || raw == double.class) {
      return JSON.createObjectNode().put("type", "number");
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return JSON.createObjectNode().put("type", "boolean");
    }
    if (raw.isEnum()) {
      ArrayNode names = JSON.createArrayNode();
      for (Object constant : raw.getEnumConstants()) {
        names.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
      }
      return JSON.createObjectNode().set("enum", names);
    }
    return ref(raw);
  }

  /** Records and the binder's own scalars go to {@code $defs} once, by name, and are referred to. */
  private JsonNode ref(Class<?> type) {
    String name = type.getSimpleName();
    if (!defs.has(name)) {
      defs.putObject(name); // placeholder: records may refer to themselves through lists
      defs.set(name, definition(type));
    }
    return JSON.createObjectNode().put("$ref", "#/$defs/" + name);
  }

  private JsonNode definition(Class<?> type) {
    if (type == TimeSpan.class) {
      return parse("{\"description\": \"a duration: 30s, 45m, 4h, 1.5d, 2w, or a number of hours\","
          + " \"anyOf\": [{\"type\": \"number\", \"minimum\": 0}, {\"type\": \"string\"}]}");
    }
    if (type == Rate.class) {
      return parse("{\"description\": \"a rate: 0.9 (per hour), 12/d, 5/w, 1/30m, 3 per day\","
          + " \"anyOf\": [{\"type\": \"number\", \"exclusiveMinimum\": 0}, {\"type\": \"string\"}]}");
    }
    if (type == Quantity.class) {
      return parse("{\"description\": \"written as the value it stands for: a number, a duration (3d) or a rate (4/w)\","
          + " \"anyOf\": [{\"type\": \"number\"}, {\"type\": \"string\"}]}");
    }
    if (type == Count.class) {
      return parse("{\"description\": \"a whole number ≥ 1, or unlimited\","
          + " \"anyOf\": [{\"type\": \"integer\", \"minimum\": 1}, {\"const\": \"unlimited\"}]}");
    }
    if (type == RouteSpec.class) {
      JsonNode branch = ref(dev.deliverysim.scenario.spec.BranchSpec.class);
      ObjectNode route = JSON.createObjectNode().put("description", "a station's name, or branches {to, p}");
      ArrayNode any = route.putArray("anyOf");
      any.add(JSON.createObjectNode().put("type", "string"));
      any.add(branch);
      any.add(JSON.createObjectNode().put("type", "array").set("items", branch));
      return route;
    }
    if (type == dev.deliverysim.scenario.spec.PhaseValue.class) {
      return parse("{\"description\": \"any value the path takes: a number, a duration, a distribution\"}");
    }
    if (!type.isRecord()) {
      throw new IllegalArgumentException("no schema for " + type + ": teach ScenarioSchema how the binder reads it");
    }
    return record(type);
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
