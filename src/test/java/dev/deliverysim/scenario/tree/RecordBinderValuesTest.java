package dev.deliverysim.scenario.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@link RecordBinder} produces from valid input, and its converter and constructor hooks. */
class RecordBinderValuesTest {

  record Window(double start, double end) {
    Window {
      if (end <= start) {
        throw new IllegalArgumentException("end must be after start");
      }
    }
  }

  record Shift(@Required String team, int people, boolean remote, Window window, Duration length) {}

  record Arrival(String distribution, double mean) {}

  record ArrivalSpec(@Required String distribution, @Required Double mean) {}

  record Source(Arrival arrivals) {}

  record Unsupported(Object anything) {}

  private static final ScalarConverter<Duration> DURATIONS = text -> {
    if (!text.matches("[0-9]+[smh]")) {
      throw new IllegalArgumentException("a duration such as 90s, 15m or 2h");
    }
    return Duration.parse("PT" + text.toUpperCase());
  };

  /** An arrival is either a bare mean (exponential) or a full {@code {distribution, mean}} map. */
  private static final NodeConverter<Arrival> ARRIVALS = (node, path, problems, binder) -> {
    if (node instanceof ScalarNode) {
      Double mean = binder.bindValue(node, Double.class, path, problems);
      return mean == null ? null : new Arrival("exponential", mean);
    }
    ArrivalSpec spec = binder.bindValue(node, ArrivalSpec.class, path, problems);
    return spec == null ? null : new Arrival(spec.distribution(), spec.mean());
  };

  private final Problems problems = new Problems();
  private final RecordBinder binder =
      new RecordBinder().withScalar(Duration.class, DURATIONS).withNode(Arrival.class, ARRIVALS);

  private <R extends Record> R bind(String yaml, Class<R> type) {
    return binder.bind(YamlTreeReader.readString(yaml, "x.yaml", problems), type, "", problems);
  }

  @Test
  void bindsAWholeScenarioKeepingMapOrderAndRawText() {
    SampleScenario scenario = bind("""
        name: 1.50
        run: {seed: 9000000000, replications: 20, antithetic: false}
        stations:
          - name: review
            servers: 2
            discipline: Shortest-First
            max_queue: 10
            service: {distribution: lognormal, mean: 3}
        weights: {zeta: 1, alpha: 0.5}
        """, SampleScenario.class);
    assertFalse(problems.hasErrors(), problems::format);
    assertEquals("1.50", scenario.name());
    assertEquals(new SampleScenario.Run(9_000_000_000L, 20, false), scenario.run());
    assertEquals(List.of(new SampleScenario.Station("review", 2, SampleScenario.Discipline.SHORTEST_FIRST,
        new SampleScenario.Service("lognormal", 3.0), 10)), scenario.stations());
    assertEquals(List.of("zeta", "alpha"), List.copyOf(scenario.weights().keySet()));
    assertEquals(Map.of("zeta", 1.0, "alpha", 0.5), scenario.weights());
    assertThrows(UnsupportedOperationException.class, () -> scenario.stations().add(null));
  }

  @Test
  void bindsMissingAndExplicitlyNullOptionalFieldsToNull() {
    SampleScenario scenario = bind("name: team\ndescription: ~\nrun:\n", SampleScenario.class);
    assertFalse(problems.hasErrors(), problems::format);
    assertNull(scenario.description());
    assertNull(scenario.run());
    assertNull(scenario.stations());
  }

  @Test
  void bindsTheQuotedWordNullAsAString() {
    assertEquals("null", bind("name: 'null'\n", SampleScenario.class).name());
  }

  @Test
  void bindsPrimitivesAndConvertersWhenValid() {
    Shift shift = bind("team: ops\npeople: 3\nremote: true\nwindow: {start: 8, end: 16.5}\nlength: 90m\n",
        Shift.class);
    assertEquals(new Shift("ops", 3, true, new Window(8, 16.5), Duration.ofMinutes(90)), shift);
  }

  @Test
  void reportsMissingPrimitiveFieldsAsRequired() {
    assertNull(bind("team: ops\npeople: ~\n", Shift.class));
    assertEquals("""
        x.yaml:1:1: error: missing required field 'remote'
        x.yaml:2:9: error: people: expected an integer, received: null""", problems.format());
  }

  @Test
  void reportsConstructorValidationAtTheRecordsMap() {
    assertNull(bind("team: ops\npeople: 1\nremote: false\nwindow:\n  start: 9\n  end: 8\n", Shift.class));
    assertEquals("x.yaml:5:3: error: window: end must be after start", problems.format());
  }

  @Test
  void usesTheScalarConverterMessageAsTheExpectedPart() {
    bind("team: ops\npeople: 1\nremote: false\nlength: 2 hours\n", Shift.class);
    bind("team: ops\npeople: 1\nremote: false\nlength: [2h]\n", Shift.class);
    assertEquals("""
        x.yaml:4:9: error: length: expected a duration such as 90s, 15m or 2h, received: "2 hours"
        x.yaml:4:9: error: length: expected a single value, received: a list""", problems.format());
  }

  @Test
  void nodeConverterAcceptsEitherAScalarOrAMap() {
    assertEquals(new Arrival("exponential", 4.0), bind("arrivals: 4\n", Source.class).arrivals());
    assertEquals(new Arrival("gamma", 2.5),
        bind("arrivals: {distribution: gamma, mean: 2.5}\n", Source.class).arrivals());
    assertNull(bind("arrivals: {distribution: gamma, men: 1}\n", Source.class));
    assertEquals("""
        x.yaml:1:11: error: arrivals: missing required field 'mean'
        x.yaml:1:33: error: arrivals.men: unknown field (did you mean 'mean'?)""", problems.format());
  }

  @Test
  void failsLoudlyOnComponentTypesItCannotBind() {
    YamlNode root = YamlTreeReader.readString("anything: 1\n", "x.yaml", problems);
    assertThrows(IllegalStateException.class, () -> binder.bind(root, Unsupported.class, "", problems));
  }
}
