package dev.deliverysim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.report.RunReport;
import dev.deliverysim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The verdict names the constraint honestly on a line fed from a box that never runs dry: the first
 * player, always busy because of the box, is not named for that; a balanced line has no single
 * constraint; a slow player is named wherever it sits — the first included — and lines whose
 * busiest station is fed without limit but sets the pace (ux-dev-qa with one designer), or that
 * are not fed without limit at all, keep the utilisation verdict.
 */
class ConstraintVerdictTest {
  private static WorkshopReadout readout(String scenario, Map<String, Double> levers, String... sets) throws Exception {
    var loaded = ScenarioLoader.load(Path.of(scenario), List.of(sets));
    WorkshopStudy.Start start = WorkshopStudy.start(loaded, 20, 2, Cancellation.none());
    return WorkshopReadout.of(start, WorkshopStudy.trial(start, levers, 2, Cancellation.none()));
  }

  @Test
  void theBalancedDiceLineHasNoSingleConstraint() throws Exception {
    WorkshopReadout r = readout("scenarios/games/dice.yaml", Map.of());
    assertTrue(r.verdict().startsWith("No single station is the constraint"), r.verdict());
    assertTrue(r.verdict().contains("P1 looks busiest (utilisation 100%) only because its supply never runs out"), r.verdict());
    assertEquals("", r.bottleneck(), "no stage is marked the bottleneck");
  }

  @Test
  void theBalancedLineWithBuffersHasNoSingleConstraintEither() throws Exception {
    WorkshopReadout r = readout("scenarios/games/dice.yaml", Map.of("stations[p2].start_with", 10.0,
        "stations[p3].start_with", 10.0, "stations[p4].start_with", 10.0, "stations[p5].start_with", 10.0));
    assertTrue(r.verdict().startsWith("No single station is the constraint"), r.verdict());
  }

  @Test
  void aSlowPlayerInTheLineIsTheConstraint() throws Exception {
    WorkshopReadout r = readout("scenarios/games/dice.yaml", Map.of("stations[p3].moves_per_round.max", 5.0));
    assertTrue(r.verdict().startsWith("P3 is the constraint, the least capacity in"), r.verdict());
    assertEquals("p3", r.bottleneck());
    WorkshopReadout roped = readout("scenarios/games/dice-dbr.yaml", Map.of());
    assertTrue(roped.verdict().startsWith("P3 is the constraint in"), "the rope keeps p1 from piling up: " + roped.verdict());
  }

  /** A slow first player is busy and sets the pace: nothing piles up after it, so utilisation names it. */
  @Test
  void aSlowFirstPlayerIsTheConstraint() throws Exception {
    WorkshopReadout r = readout("scenarios/games/dice.yaml", Map.of(), "stations[p1].moves_per_round.max=4");
    assertTrue(r.verdict().startsWith("P1 is the constraint in 100% of replications"), r.verdict());
    assertEquals("p1", r.bottleneck());
  }

  /** ux turns requests away (fed without limit) and, with one designer, is busiest and sets the pace. */
  @Test
  void aLineWhoseBusiestStationIsFedWithoutLimitButSetsThePaceKeepsItsVerdict() throws Exception {
    List<String> shorter = List.of("run.horizon=30w", "run.warmup=4w");
    WorkshopReadout oneDesigner = readout("scenarios/ux-dev-qa.yaml", Map.of("stations[ux].servers", 1.0),
        shorter.toArray(String[]::new));
    assertTrue(oneDesigner.verdict().startsWith("Ux is the constraint in"), oneDesigner.verdict());
    WorkshopReadout start = readout("scenarios/ux-dev-qa.yaml", Map.of(), shorter.toArray(String[]::new));
    assertTrue(start.verdict().startsWith("Dev is the constraint in 100%"), start.verdict());
    WorkshopReadout threeDevs = readout("scenarios/ux-dev-qa.yaml", Map.of("stations[dev].servers", 3.0),
        shorter.toArray(String[]::new));
    assertTrue(threeDevs.verdict().startsWith("Qa is the constraint in"), threeDevs.verdict());
  }

  @Test
  void herbieIsStillNamed() throws Exception {
    WorkshopReadout r = readout("scenarios/herbie.yaml", Map.of(), "run.horizon=1000h", "run.warmup=100h");
    assertTrue(r.verdict().startsWith("Herbie is the constraint in"), r.verdict());
  }
}
