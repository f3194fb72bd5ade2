package dev.deliverysim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.CancelledException;
import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workshop page's study without a server: a start, then settings of its levers paired with it. */
class WorkshopStudyTest {
  private static LoadedScenario uxDevQa() throws ScenarioException {
    return ScenarioLoader.load(Path.of("scenarios/ux-dev-qa.yaml"), List.of("run.horizon=30w", "run.warmup=4w"));
  }

  @Test
  void theStartIsTheScenarioAsLoadedWithItsReplicationsCappedNeverRaised() throws Exception {
    WorkshopStudy.Start capped = WorkshopStudy.start(uxDevQa(), 8, 2, Cancellation.none());
    assertEquals(8, capped.run().summary().replications());
    assertEquals(uxDevQa().scenario().seed(), capped.run().seed());
    WorkshopStudy.Start own = WorkshopStudy.start(
        ScenarioLoader.load(Path.of("scenarios/ux-dev-qa.yaml"), List.of("run.replications=5", "run.horizon=10w")),
        50, 2, Cancellation.none());
    assertEquals(5, own.run().summary().replications(), "a scenario asking fewer runs its own");
  }

  @Test
  void leversAtTheirStartReproduceTheStartExactly() throws Exception {
    WorkshopStudy.Start start = WorkshopStudy.start(uxDevQa(), 6, 2, Cancellation.none());
    WorkshopStudy.Trial trial = WorkshopStudy.trial(start, Map.of("stations[dev].servers", 2.0), 2, Cancellation.none());
    assertEquals(List.of(), trial.assignments());
    for (MetricDifference d : trial.differences()) {
      assertTrue(d.difference() == 0 || Double.isNaN(d.difference()), d.key().label() + " moved");
    }
  }

  /** The page's paired change is exactly what {@code deliverysim compare} reports for the same variant. */
  @Test
  void aMovedLeverIsPairedExactlyAsCompareDoes() throws Exception {
    LoadedScenario loaded = uxDevQa();
    WorkshopStudy.Start start = WorkshopStudy.start(loaded, 6, 2, Cancellation.none());
    WorkshopStudy.Trial trial = WorkshopStudy.trial(start, Map.of("stations[dev].servers", 3.0), 2, Cancellation.none());
    assertEquals(List.of("stations[dev].servers=3"), trial.assignments());

    LoadedScenario base = ScenarioLoader.withOverrides(loaded, List.of("run.replications=6"));
    LoadedScenario variant = ScenarioLoader.withOverrides(base, List.of("stations[1].servers=3"));
    CompareStudy.Result compared = CompareStudy.run(List.of(base, variant), new CompareStudy.Options(1, List.of()),
        StudyListener.SILENT, Cancellation.none());
    assertEquals(compared.byVariant().values().iterator().next(), trial.differences());
  }

  /** The bottleneck demo: a third developer moves the constraint from dev to QA and raises throughput. */
  @Test
  void aThirdDeveloperMovesTheBottleneckToQa() throws Exception {
    WorkshopStudy.Start start = WorkshopStudy.start(uxDevQa(), 10, 2, Cancellation.none());
    WorkshopReadout before = WorkshopReadout.of(start, WorkshopStudy.trial(start, Map.of(), 2, Cancellation.none()));
    WorkshopReadout after = WorkshopReadout.of(start,
        WorkshopStudy.trial(start, Map.of("stations[dev].servers", 3.0), 2, Cancellation.none()));
    assertEquals("dev", before.bottleneck());
    assertEquals("qa", after.bottleneck());
    assertEquals(0.0, before.headline().get(0).change().relative(), "no change at the start");
    WorkshopReadout.Change throughput = after.headline().get(0).change();
    assertTrue(throughput.significant() && throughput.low() > 0.1,
        "throughput rises by more than a tenth: " + throughput);
    assertTrue(after.headline().get(0).low() < after.headline().get(0).mean()
        && after.headline().get(0).mean() < after.headline().get(0).high(), "a 95% interval around the mean");
    assertEquals(List.of("ux", "dev", "qa"), after.stages().stream().map(WorkshopReadout.Stage::name).toList());
  }

  @Test
  void aDeliveryReadoutSaysWherePeoplesHoursGo() throws Exception {
    LoadedScenario loaded = ScenarioLoader.load(Path.of("scenarios/ai-adoption.yaml"),
        List.of("run.horizon=8w", "run.warmup=1w"));
    WorkshopStudy.Start start = WorkshopStudy.start(loaded, 4, 2, Cancellation.none());
    WorkshopReadout r = WorkshopReadout.of(start,
        WorkshopStudy.trial(start, Map.of("delivery.teams[devs].headcount", 12.0), 2, Cancellation.none()));
    assertEquals(List.of("seniors", "devs", "qa"), r.teams().stream().map(WorkshopReadout.Team::name).toList());
    assertTrue(r.teams().get(0).hours().get("coding") > 0);
    assertEquals("features_delivered", r.headline().get(0).label());
    assertTrue(r.verdict().contains("constraint"), r.verdict());
  }

  @Test
  void anUnknownLeverOrAValueOutOfRangeIsRefusedBeforeAnythingRuns() throws Exception {
    WorkshopStudy.Start start = WorkshopStudy.start(uxDevQa(), 4, 1, Cancellation.none());
    StudyInputException e = assertThrows(StudyInputException.class,
        () -> WorkshopStudy.trial(start, Map.of("stations[dev].servers", 9.0, "run.seed", 3.0), 1, Cancellation.none()));
    assertEquals(2, e.messages().size(), e.messages().toString());
    assertTrue(e.messages().contains("levers: Developers (stations[dev].servers): expected a number from 1 to 4,"
        + " received: 9"), e.messages().toString());
  }

  @Test
  void aValueTheScenarioRefusesIsLocatedAsForSet() throws Exception {
    WorkshopStudy.Start start = WorkshopStudy.start(uxDevQa(), 4, 1, Cancellation.none());
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> WorkshopStudy.trial(start, Map.of("stations[dev].servers", 2.5), 1, Cancellation.none()));
    assertEquals("--set:1:23: error: stations[1].servers: expected an integer ≥ 1 or 'unlimited', received: 2.5",
        e.problems().get(0).format());
  }

  @Test
  void aCancelledTrialStopsBetweenReplications() throws Exception {
    WorkshopStudy.Start start = WorkshopStudy.start(uxDevQa(), 4, 1, Cancellation.none());
    Cancellation cancelled = new Cancellation();
    cancelled.cancel();
    assertThrows(CancelledException.class,
        () -> WorkshopStudy.trial(start, Map.of("stations[dev].servers", 3.0), 1, cancelled));
  }
}
