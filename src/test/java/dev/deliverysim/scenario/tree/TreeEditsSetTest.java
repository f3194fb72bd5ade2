package dev.deliverysim.scenario.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --set path=value} overrides: where they land and where their errors point. */
class TreeEditsSetTest {

  private static final String TEAM = """
      name: team
      run:
        seed: 1
        replications: 20
      stations:
        - name: review
          servers: 1
        - name: test
      """;

  private final Problems problems = new Problems();
  private final YamlNode root = YamlTreeReader.readString(TEAM, "team.yaml", problems);

  private YamlNode set(String assignment) {
    return TreeEdits.applySet(root, assignment, problems);
  }

  @Test
  void replacesAValueInsideAListElementWithPositionsIntoTheArgument() {
    MapNode edited = (MapNode) set("stations[0].servers=2");
    ScalarNode servers = (ScalarNode) PathLocatorTest.nodeAt(edited, "stations[0].servers");
    assertEquals(new ScalarNode(new Position("--set", 1, 21), "2", ScalarNode.Kind.INTEGER), servers);
    assertSame(((MapNode) root).get("run"), edited.get("run"));
    assertEquals("1", ((ScalarNode) PathLocatorTest.nodeAt(root, "stations[0].servers")).text());
    assertFalse(problems.hasErrors());
  }

  @Test
  void replacesAnExistingKeyInPlaceAndAddsAMissingLastKey() {
    YamlNode edited = TreeEdits.applySet(set("run.replications=50"), "run.antithetic=true", problems);
    MapNode run = (MapNode) ((MapNode) edited).get("run");
    assertEquals(List.of("seed", "replications", "antithetic"), List.copyOf(run.entries().keySet()));
    assertEquals("50", ((ScalarNode) run.get("replications")).text());
    assertEquals(new Position("--set", 1, 5), run.entries().get("antithetic").keyPosition());
    assertFalse(problems.hasErrors());
  }

  @Test
  void setsAFlowValueAndBindsItsErrorsToColumnsOfTheArgument() {
    YamlNode edited = set("stations[1].service={distribution: lognormal, mean: x}");
    new RecordBinder().bind(edited, SampleScenario.class, "", problems);
    assertEquals("--set:1:53: error: stations[1].service.mean: expected a number, received: \"x\"",
        problems.format());
  }

  @Test
  void reportsAValueOfTheWrongTypeAtTheSetArgument() {
    new RecordBinder().bind(set("stations[1].servers=two"), SampleScenario.class, "", problems);
    assertEquals("--set:1:21: error: stations[1].servers: expected an integer, received: \"two\"",
        problems.format());
  }

  @Test
  void createsAMissingIntermediateSectionForTheBinderToCheck() {
    MapNode edited = (MapNode) set("rn.replications=50");
    assertEquals(new Position("--set", 1, 1), edited.get("rn").position());
    assertEquals("50", ((ScalarNode) PathLocatorTest.nodeAt(edited, "rn.replications")).text());
    assertEquals("", problems.format());
  }

  @Test
  void addressesAnItemByNameAndAppendsOne() {
    MapNode edited = (MapNode) set("stations[test].servers=3");
    assertEquals("3", ((ScalarNode) PathLocatorTest.nodeAt(edited, "stations[1].servers")).text());
    MapNode appended = (MapNode) TreeEdits.applySet(edited, "stations[+]={name: deploy}", problems);
    assertEquals("deploy", ((ScalarNode) PathLocatorTest.nodeAt(appended, "stations[2].name")).text());
    set("stations[+].name=x");
    assertEquals("--set:1:9: error: stations[+].name: cannot set: '[+]' adds an item, so it must end the path"
        + " (write the whole item as the value)", problems.format());
  }

  @Test
  void reportsAnIndexOutOfRange() {
    assertSame(root, set("stations[5].servers=2"));
    assertEquals("--set:1:9: error: stations[5].servers: cannot set: index 5 is out of range;"
        + " 'stations' has 2 elements", problems.format());
  }

  @Test
  void reportsAPathIntoAScalar() {
    set("run.seed.value=3");
    set("name[0]=x");
    assertEquals("""
        --set:1:5: error: name[0]: cannot set: 'name' is a single value ("team"), not a list
        --set:1:10: error: run.seed.value: cannot set: 'run.seed' is a single value (1), not a map""",
        problems.format());
  }

  @Test
  void reportsMalformedAssignmentsAndValues() {
    set("stations[x].servers=1");
    set("replications");
    set("=5");
    set("name=[1,");
    assertEquals("""
        --set:1:1: error: expected path=value, received: "replications"
        --set:1:1: error: expected path=value, but the path before '=' is empty
        --set:1:9: error: stations[x].servers: cannot set: no item named 'x'; names are: review, test
        --set:1:9: error: YAML syntax error: expected the node content, but found '<stream end>' \
        (while parsing a flow node that starts at line 1, column 9)""", problems.format());
  }

  @Test
  void anEmptyValueSetsYamlNull() {
    MapNode edited = (MapNode) set("run=");
    assertEquals(ScalarNode.nullAt(new Position("--set", 1, 5)), edited.get("run"));
  }
}
