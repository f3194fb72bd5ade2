package dev.deliverysim.scenario.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deep merging for {@code extends:}: maps by key, named lists by name, everything else replaced. */
class TreeEditsMergeTest {

  private static final String BASE = """
      name: base
      run: {seed: 1, replications: 20}
      stations:
        - name: review
          servers: 1
          service: {distribution: lognormal, mean: 2}
        - name: test
          servers: 3
      tags: [a, b]
      """;

  private final Problems problems = new Problems();

  private MapNode read(String yaml, String source) {
    return (MapNode) YamlTreeReader.readString(yaml, source, problems);
  }

  private MapNode mergeOntoBase(String override) {
    return TreeEdits.merge(read(BASE, "base.yaml"), read(override, "team.yaml"));
  }

  /** The tree as plain maps, lists and strings, so expectations read like YAML. */
  static Object plain(YamlNode node) {
    if (node instanceof MapNode map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.entries().forEach((key, entry) -> out.put(key, plain(entry.value())));
      return out;
    }
    if (node instanceof ListNode list) {
      List<Object> out = new ArrayList<>();
      list.elements().forEach(element -> out.add(plain(element)));
      return out;
    }
    ScalarNode scalar = (ScalarNode) node;
    return scalar.isNull() ? "~" : scalar.text();
  }

  @Test
  void mergesMapsDeeplyAndNamedListsElementWiseByName() {
    MapNode merged = mergeOntoBase("""
        name: team
        run: {replications: 50}
        stations:
          - name: test
            servers: 4
          - name: deploy
            servers: 1
          - name: review
            service: {mean: 3}
        tags: [c]
        """);
    assertEquals(Map.of(
        "name", "team",
        "run", Map.of("seed", "1", "replications", "50"),
        "stations", List.of(
            Map.of("name", "review", "servers", "1",
                "service", Map.of("distribution", "lognormal", "mean", "3")),
            Map.of("name", "test", "servers", "4"),
            Map.of("name", "deploy", "servers", "1")),
        "tags", List.of("c")), plain(merged));
    assertEquals(List.of("name", "run", "stations", "tags"), List.copyOf(merged.entries().keySet()));
  }

  @Test
  void keepsEachValuesOwnPosition() {
    MapNode merged = mergeOntoBase("run:\n  replications: 50\n");
    MapNode run = (MapNode) merged.get("run");
    assertEquals(new Position("base.yaml", 2, 13), run.get("seed").position());
    assertEquals(new Position("team.yaml", 2, 17), run.get("replications").position());
    assertEquals(new Position("team.yaml", 1, 1), merged.entries().get("run").keyPosition());
    assertEquals(new Position("base.yaml", 1, 7), merged.get("name").position());
  }

  @Test
  void replacesListsWholesaleUnlessEveryElementHasAName() {
    MapNode merged = mergeOntoBase("stations:\n  - servers: 2\n  - name: x\n");
    assertEquals(List.of(Map.of("servers", "2"), Map.of("name", "x")), plain(merged.get("stations")));
  }

  @Test
  void anEmptyListClearsAndAScalarOrNullReplacesAMap() {
    MapNode merged = mergeOntoBase("stations: []\nrun: ~\ntags: none\n");
    assertEquals(List.of(), plain(merged.get("stations")));
    assertEquals("~", plain(merged.get("run")));
    assertEquals("none", plain(merged.get("tags")));
  }
}
