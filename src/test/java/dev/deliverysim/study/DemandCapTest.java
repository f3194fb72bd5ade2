package dev.deliverysim.study;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.report.CompareAnswer;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Throughput is set by the work coming in" is said exactly when it is true: departures equal
 * arrivals and every team and machine has capacity to spare; not for an overloaded team, nor for a
 * backlog, which never runs out of work.
 */
class DemandCapTest {
  private static String capOf(String file, String... more) throws Exception {
    List<String> overrides = new ArrayList<>(List.of("run.replications=4", "run.horizon=16w", "run.warmup=2w"));
    overrides.addAll(List.of(more));
    LoadedScenario loaded = ScenarioLoader.load(Path.of("scenarios", file), overrides);
    RunStudy.Result run = RunStudy.run(loaded, new RunStudy.Options(2, null, true), StudyListener.SILENT,
        Cancellation.none());
    return CompareAnswer.demandCap(loaded.scenario(), run.summary());
  }

  @Test
  void aTeamWithSpareCapacityDeliversWhatComesIn() throws Exception {
    String cap = capOf("small-team.yaml");
    assertNotNull(cap, "six developers at about 73% keep up with four features a week");
    assertTrue(cap.contains("4 features a week arrive"), cap);
  }

  @Test
  void anOverloadedTeamIsNotCappedByDemand() throws Exception {
    assertNull(capOf("small-team.yaml", "delivery.work.features.rate=8/w"));
  }

  @Test
  void aBusyTeamThatStillKeepsUpIsNotSaidToHaveCapacityToSpare() throws Exception {
    assertNull(capOf("small-team.yaml", "delivery.work.features.rate=5.2/w"), "devs above 90% busy");
  }

  @Test
  void aBacklogNeverRunsOutOfWork() throws Exception {
    assertNull(capOf("baseline.yaml"));
  }
}
