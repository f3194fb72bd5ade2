package dev.deliverysim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schema ({@code schema/scenario.schema.json}, for editors' completion) is the one
 * generated from the scenario records, every shipped scenario points to it and validates against
 * it, and every key the scenario reference documents is in it. After changing a record, rewrite it
 * with {@code ./mvnw test -Dtest=ScenarioSchemaTest -Dschema.write=true}.
 */
class ScenarioSchemaTest {
  static final Path SHIPPED = Path.of("schema", "scenario.schema.json");
  static final String EDITOR_LINE = "# yaml-language-server: $schema=../schema/scenario.schema.json";
  private static final Pattern DOCUMENTED_KEY = Pattern.compile("^\\| `([a-z_0-9]+)` \\|", Pattern.MULTILINE);

  @Test
  void theShippedSchemaIsTheGeneratedOne() throws IOException {
    String generated = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(ScenarioSchema.generate())
        + "\n";
    if (Boolean.getBoolean("schema.write")) {
      Files.createDirectories(SHIPPED.getParent());
      Files.writeString(SHIPPED, generated);
    }
    assertEquals(generated, Files.readString(SHIPPED),
        "schema/scenario.schema.json is stale: rerun with -Dschema.write=true");
  }

  @Test
  void everyShippedScenarioPointsToTheSchemaAndValidatesAgainstIt() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SHIPPED));
    for (Path scenario : shipped()) {
      String text = Files.readString(scenario);
      assertTrue(text.startsWith(EDITOR_LINE + "\n"), scenario + " starts with the editor's schema line");
      JsonNode tree = new YAMLMapper().readTree(text);
      assertEquals(List.of(), schema.validate(tree).stream().map(Object::toString).toList(), scenario.toString());
    }
  }

  @Test
  void theSchemaRefusesWhatTheLoaderRefuses() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SHIPPED));
    JsonNode typo = new YAMLMapper().readTree("name: x\nrun: {horizon: 10h, sevrers: 2}\n");
    assertEquals(1, schema.validate(typo).size(), "an unknown key");
    JsonNode missing = new YAMLMapper().readTree("run: {horizon: 10h}\n");
    assertEquals(1, schema.validate(missing).size(), "a missing name");
  }

  @Test
  void everyKeyInTheScenarioReferenceIsInTheSchema() throws IOException {
    Set<String> inSchema = new TreeSet<>();
    collectKeys(new ObjectMapper().readTree(SHIPPED.toFile()), inSchema);
    Matcher m = DOCUMENTED_KEY.matcher(Files.readString(Path.of("docs", "scenario-reference.md")));
    Set<String> missing = new TreeSet<>();
    while (m.find()) {
      if (!inSchema.contains(m.group(1))) {
        missing.add(m.group(1));
      }
    }
    assertEquals(Set.of(), missing, "documented keys the schema does not know");
  }

  private static void collectKeys(JsonNode node, Set<String> keys) {
    if (node.has("properties")) {
      node.get("properties").fieldNames().forEachRemaining(keys::add);
    }
    node.elements().forEachRemaining(child -> collectKeys(child, keys));
  }

  private static List<Path> shipped() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
