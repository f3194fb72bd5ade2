package dev.deliverysim.scenario.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The errors {@link RecordBinder} reports, with exact positions and wording. */
class RecordBinderTest {

  private final Problems problems = new Problems();

  private SampleScenario bind(String yaml) {
    YamlNode root = YamlTreeReader.readString(yaml, "team.yaml", problems);
    return new RecordBinder().bind(root, SampleScenario.class, "", problems);
  }

  @Test
  void reportsUnknownFieldWithSuggestion() {
    assertNull(bind("""
        name: team
        run:
          seed: 42
          replications: 20
        stations:
          - name: review
            servers: 2
            discipline: fifo
            sevrers: 3
        """));
    assertEquals("team.yaml:9:5: error: stations[0].sevrers: unknown field (did you mean 'servers'?)",
        problems.format());
  }

  @Test
  void reportsUnknownFieldListingTheValidKeysWhenNoneIsClose() {
    bind("name: team\nrun: {colour: red}\n");
    assertEquals("team.yaml:2:7: error: run.colour: unknown field; expected one of: seed, replications,"
        + " antithetic", problems.format());
  }

  @Test
  void reportsWrongScalarTypesQuotingStringsAsWritten() {
    bind("""
        name: team
        stations:
          - name: review
            servers: abc
            service:
              distribution: lognormal
              mean: 1,5
        """);
    assertEquals("""
        team.yaml:4:14: error: stations[0].servers: expected an integer, received: "abc"
        team.yaml:7:13: error: stations[0].service.mean: expected a number, received: "1,5\"""",
        problems.format());
  }

  @Test
  void reportsMissingRequiredFieldAtTheEnclosingMap() {
    bind("name: team\nstations:\n  - servers: 2\n    discipline: lifo\n");
    assertEquals("team.yaml:3:5: error: stations[0]: missing required field 'name'", problems.format());
  }

  @Test
  void reportsMissingRequiredTopLevelFieldWithoutAPath() {
    bind("description: no name\n");
    assertEquals("team.yaml:1:1: error: missing required field 'name'", problems.format());
  }

  @Test
  void reportsExplicitNullForARequiredFieldAtTheValue() {
    bind("name: ~\n");
    assertEquals("team.yaml:1:7: error: name: expected a string, received: null", problems.format());
  }

  @Test
  void reportsWrongEnumValueListingAllowedValuesInLowercase() {
    bind("name: team\nstations:\n  - name: a\n    discipline: lilo\n");
    assertEquals("team.yaml:4:17: error: stations[0].discipline: expected one of: fifo, lifo,"
        + " shortest_first, received: \"lilo\" (did you mean 'lifo'?)", problems.format());
  }

  @Test
  void reportsErrorsInsideLaterListElementsWithTheirIndexPath() {
    bind("""
        name: team
        stations:
          - name: review
            service: {distribution: exponential, mean: 2}
          - name: test
            service:
              distribution: lognormal
              mean: fast
        """);
    assertEquals("team.yaml:8:13: error: stations[1].service.mean: expected a number, received: \"fast\"",
        problems.format());
  }

  @Test
  void reportsAListWhereAMapBelongsListingTheMapKeys() {
    bind("name: team\nrun: [1, 2]\nstations: {a: 1}\nweights: 3\n");
    assertEquals("""
        team.yaml:2:6: error: run: expected a map with keys seed, replications, antithetic, received: a list
        team.yaml:3:11: error: stations: expected a list, received: a map
        team.yaml:4:10: error: weights: expected a map, received: 3""", problems.format());
  }

  @Test
  void acceptsOnlyTrueOrFalseForBooleans() {
    bind("name: team\nrun: {antithetic: yes}\n");
    assertEquals("team.yaml:2:19: error: run.antithetic: expected true or false, received: yes",
        problems.format());
  }

  @Test
  void reportsIntegersOutOfRange() {
    bind("name: team\nstations: [{name: a, servers: 3000000000}]\n");
    assertEquals("team.yaml:2:31: error: stations[0].servers: expected an integer between -2147483648"
        + " and 2147483647, received: 3000000000", problems.format());
  }

  @Test
  void reportsNullListElements() {
    bind("name: team\nstations:\n  -\n  - name: b\n");
    assertEquals("team.yaml:3:4: error: stations[0]: expected a map with keys name, servers, discipline,"
        + " service, max_queue, received: null", problems.format());
  }

  @Test
  void reportsAnEmptyFileAsNotAMap() {
    assertNull(bind(""));
    assertEquals("team.yaml:1:1: error: expected a map with keys name, description, run, stations,"
        + " weights, received: null", problems.format());
  }

  @Test
  void reportsAllProblemsAtOnceSortedByPosition() {
    assertNull(bind("""
        stations:
          - name: review
            sevrers: 2
            discipline: lilo
          - servers: many
            service: {mean: x}
        run:
          seed: 1.5
          replications: 20
        weights: {review: heavy}
        extra: true
        """));
    assertEquals("""
        team.yaml:1:1: error: missing required field 'name'
        team.yaml:3:5: error: stations[0].sevrers: unknown field (did you mean 'servers'?)
        team.yaml:4:17: error: stations[0].discipline: expected one of: fifo, lifo, shortest_first, \
        received: "lilo" (did you mean 'lifo'?)
        team.yaml:5:5: error: stations[1]: missing required field 'name'
        team.yaml:5:14: error: stations[1].servers: expected an integer, received: "many"
        team.yaml:6:14: error: stations[1].service: missing required field 'distribution'
        team.yaml:6:21: error: stations[1].service.mean: expected a number, received: "x"
        team.yaml:8:9: error: run.seed: expected an integer, received: 1.5
        team.yaml:10:19: error: weights.review: expected a number, received: "heavy"
        team.yaml:11:1: error: extra: unknown field; expected one of: name, description, run, stations, \
        weights""", problems.format());
  }
}
