package dev.deliverysim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.LogNormal;
import dev.deliverysim.model.Discipline;
import dev.deliverysim.model.StationDef;
import dev.deliverysim.model.WhenFull;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario loader as users drive it: defaults, units, inheritance, overrides, sources. */
class ScenarioLoaderTest {
  @TempDir Path dir;

  private static final String MINIMAL = """
      name: minimal
      run: {horizon: 10h}
      job_classes: [{name: job, arrivals: {rate: 2/d}, enter: s}]
      stations: [{name: s, service: {exponential: {mean: 30m}}}]
      """;

  @Test
  void appliesTheDocumentedDefaults() throws ScenarioException {
    Scenario s = ScenarioLoader.loadString(MINIMAL, "m.yaml", List.of()).scenario();
    StationDef station = s.network().stations().get(0);
    assertEquals(10, s.replications());
    assertEquals(1, s.seed());
    assertEquals(1, station.servers());
    assertEquals(StationDef.UNLIMITED, station.capacity());
    assertEquals(WhenFull.LOSE, station.whenFull());
    assertEquals(Discipline.FIFO, station.discipline());
    assertEquals(0, s.stop().warmup());
    assertEquals("h", s.outputUnit().symbol());
    assertEquals(0, s.network().jobClasses().get(0).priority());
  }

  @Test
  void readsDurationsAndRatesInWorkingTime() throws ScenarioException {
    Scenario s = ScenarioLoader.loadString(MINIMAL, "m.yaml", List.of()).scenario();
    assertEquals(new Exponential(0.5), s.network().stations().get(0).serviceByClass().get(0));
    // 2 per 8-hour day: a mean gap of 4 hours
    assertEquals(new Exponential(4), s.network().jobClasses().get(0).interarrival());
    Scenario longDays =
        ScenarioLoader.loadString(MINIMAL + "units: {hours_per_day: 10}\n", "m.yaml", List.of()).scenario();
    assertEquals(new Exponential(5), longDays.network().jobClasses().get(0).interarrival());
  }

  @Test
  void lognormalByPercentilesHitsThem() throws ScenarioException {
    Scenario s = ScenarioLoader.loadString(MINIMAL, "m.yaml",
        List.of("stations[0].service={lognormal: {median: 1d, p90: 5d}}")).scenario();
    LogNormal law = (LogNormal) s.network().stations().get(0).serviceByClass().get(0);
    assertEquals(8, Math.exp(law.mu()), 1e-9, "median of 1 working day");
  }

  @Test
  void extendsMergesStationsByNameAndRecordsEverySource() throws IOException, ScenarioException {
    Files.writeString(dir.resolve("base.yaml"), """
        name: base
        run: {horizon: 100h, replications: 3}
        job_classes: [{name: task, arrivals: {rate: 0.1}, enter: coding}]
        stations:
          - {name: coding, servers: 5, service: {exponential: {mean: 8h}}, next: review}
          - {name: review, servers: 1, service: {exponential: {mean: 4h}}}
        """);
    Files.writeString(dir.resolve("two-reviewers.yaml"), """
        extends: base.yaml
        name: two-reviewers
        stations:
          - {name: review, servers: 2}
        """);
    LoadedScenario loaded = ScenarioLoader.load(dir.resolve("two-reviewers.yaml"), List.of());
    Scenario s = loaded.scenario();
    assertEquals("two-reviewers", s.name());
    assertEquals(3, s.replications());
    assertEquals(List.of(5, 2), s.network().stations().stream().map(StationDef::servers).toList());
    assertEquals(new Exponential(4), s.network().stations().get(1).serviceByClass().get(0));
    assertEquals(2, loaded.sources().size());
    assertTrue(loaded.sources().get(1).file().endsWith("base.yaml"));
    assertEquals(64, loaded.sources().get(0).sha256().length());
  }

  @Test
  void overridesApplyAfterInheritanceAndAreCheckedLikeTheFile() throws ScenarioException {
    Scenario s = ScenarioLoader.loadString(MINIMAL, "m.yaml",
        List.of("run.seed=99", "stations[0].servers=unlimited")).scenario();
    assertEquals(99, s.seed());
    assertEquals(StationDef.UNLIMITED, s.network().stations().get(0).servers());
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.loadString(MINIMAL, "m.yaml", List.of("run.seed=soon")));
    assertEquals("--set:1:10: error: run.seed: expected an integer, received: \"soon\"", e.getMessage());
  }

  @Test
  void outputUnitConvertsTimesAndRates() throws ScenarioException {
    Scenario s = ScenarioLoader.loadString(MINIMAL + "units: {output_unit: w}\n", "m.yaml", List.of()).scenario();
    assertEquals("w", s.outputUnit().symbol());
    assertEquals(40, s.outputUnit().hours());
    var catalog = s.model().catalog();
    assertEquals("1/w", catalog.keys().get(catalog.indexOf("throughput")).unit());
    assertEquals("w", catalog.keys().get(catalog.indexOf("sojourn_mean")).unit());
    assertEquals("jobs", catalog.keys().get(catalog.indexOf("wip_mean")).unit());
  }

  @Test
  void aRoundIsTheUnitOfAGamePlayedInRoundsOnly() throws ScenarioException {
    String game = """
        name: game
        units: {output_unit: round}
        run: {horizon: 10h}
        job_classes: [{name: job, arrivals: {rate: 8}, enter: p1}]
        stations: [{name: p1, moves_per_round: {min: 1, max: 6}}]
        """;
    Scenario s = ScenarioLoader.loadString(game, "g.yaml", List.of()).scenario();
    assertEquals("round", s.outputUnit().symbol());
    assertEquals(1, s.outputUnit().hours());
    var catalog = s.model().catalog();
    assertEquals("1/round", catalog.keys().get(catalog.indexOf("throughput")).unit());
    ScenarioException notAGame = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.loadString("units: {output_unit: round}\n" + MINIMAL, "m.yaml", List.of()));
    assertEquals("m.yaml:1:22: error: units.output_unit: expected h, d or w: 'round' is the unit of a game played in"
        + " rounds, and no station rolls a die (moves_per_round)", notAGame.getMessage());
  }

  @Test
  void semanticProblemsAreAllReportedWithPositions() {
    String yaml = """
        name: broken
        run: {horizon: 10h, warmup: 20h}
        job_classes:
          - {name: job, arrivals: {rate: 1}, enter: s}
          - {name: job, arrivals: {rate: 1}, enter: s}
        stations:
          - {name: s, servers: 3, capacity: 2, service: {exponential: {mean: 1h}},
             service_by_class: {jbo: {fixed: 1h}}}
        """;
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.loadString(yaml, "b.yaml", List.of()));
    assertEquals(List.of(
        "b.yaml:2:29: error: run.warmup: expected a warm-up shorter than the horizon (10 h), received: 20 h",
        "b.yaml:5:12: error: job_classes[1].name: duplicate name 'job'; names must be unique",
        "b.yaml:7:37: error: stations[0].capacity: expected a capacity ≥ servers (3), received: 2",
        "b.yaml:8:25: error: stations[0].service_by_class.jbo: unknown job class 'jbo'; job classes are: job"),
        e.problems().stream().map(p -> p.format()).toList());
  }

  /** The games' keys are refused where they make no sense, each message at its key. */
  @Test
  void gameStationsAreCheckedWithLocatedMessages() {
    String yaml = """
        name: g
        run: {horizon: 10h}
        job_classes: [{name: m, arrivals: {rate: 1}, enter: a}]
        stations:
          - {name: a, servers: 2, moves_per_round: {min: 4, max: 3}, service: {fixed: 1h}, next: b}
          - {name: b, capacity: 3, start_with: 5, transfer_batch: 2, service: {fixed: 1h}, next: c}
          - {name: c, transfer_batch: 0, service: {fixed: 1h}}
        """;
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.loadString(yaml, "g.yaml", List.of()));
    List<String> messages = e.problems().stream().map(p -> p.format()).toList();
    assertEquals(List.of(
        "g.yaml:5:24: error: stations[0].servers: a station that rolls a die (moves_per_round) plays alone: leave servers out",
        "g.yaml:5:58: error: stations[0].moves_per_round.max: expected a whole number ≥ 1 and ≥ min (4), at most 1000000, received: 3",
        "g.yaml:5:71: error: stations[0].service: a station that rolls a die (moves_per_round) has no service time: each round it passes on up to its roll",
        "g.yaml:6:40: error: stations[1].start_with: expected at most the station's capacity (3), received: 5",
        "g.yaml:6:59: error: stations[1].transfer_batch: a station passing work on in batches needs unlimited room: leave capacity out",
        "g.yaml:7:31: error: stations[2].transfer_batch: expected a whole number of jobs from 1 to 1000000, received: 0"),
        messages);
  }

  /** A rope is held by a rolling station, tied to another station its work reaches, with a buffer ≥ 1. */
  @Test
  void ropesAreCheckedWithLocatedMessages() {
    String yaml = """
        name: r
        run: {horizon: 10h}
        job_classes: [{name: m, arrivals: {rate: 1}, enter: a}]
        stations:
          - {name: a, moves_per_round: {min: 1, max: 6}, rope: {drum: c, buffer: 0}, next: b}
          - {name: b, rope: {drum: x, buffer: 3}, service: {fixed: 1h}, next: c}
          - {name: c, moves_per_round: {min: 1, max: 6}, rope: {drum: a, buffer: 3}}
        """;
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.loadString(yaml, "r.yaml", List.of()));
    assertEquals(List.of(
        "r.yaml:5:74: error: stations[0].rope.buffer: expected a whole number of jobs from 1 to 1000000, received: 0",
        "r.yaml:6:21: error: stations[1].rope: a rope is played in rounds: only a station that rolls a die (moves_per_round) can hold one",
        "r.yaml:6:28: error: stations[1].rope.drum: unknown station 'x'; stations are: a, b, c",
        "r.yaml:7:63: error: stations[2].rope.drum: expected a station that work from 'c' reaches, received: 'a', which it never reaches"),
        e.problems().stream().map(p -> p.format()).toList());
  }

  @Test
  void aNetworkHoldsOneRope() {
    String yaml = """
        name: r
        run: {horizon: 10h}
        job_classes: [{name: m, arrivals: {rate: 1}, enter: a}]
        stations:
          - {name: a, moves_per_round: {min: 1, max: 6}, rope: {drum: c, buffer: 4}, next: b}
          - {name: b, moves_per_round: {min: 1, max: 6}, rope: {drum: c, buffer: 4}, next: c}
          - {name: c, moves_per_round: {min: 1, max: 6}}
        """;
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.loadString(yaml, "r.yaml", List.of()));
    assertEquals(List.of("r.yaml:6:56: error: stations[1].rope: expected one rope in the network; stations[0] already holds one"),
        e.problems().stream().map(p -> p.format()).toList());
  }
}
