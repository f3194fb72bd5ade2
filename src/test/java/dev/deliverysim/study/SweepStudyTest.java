package dev.deliverysim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.CancelledException;
import dev.deliverysim.experiment.sweep.PointBottleneck;
import dev.deliverysim.experiment.sweep.Shard;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep from a plain test: where the bottleneck sits at each point, in memory, resumable. */
class SweepStudyTest {
  private static final SweepStudy.Options DEVS =
      new SweepStudy.Options(2, List.of("stations[1].servers=1,3"), Shard.ALL);

  @TempDir Path tmp;

  private static LoadedScenario ux() throws Exception {
    return ScenarioLoader.load(Path.of("scenarios/ux-dev-qa.yaml"),
        List.of("run.horizon=20w", "run.warmup=2w", "run.replications=3"));
  }

  @Test
  void findsTheBottleneckAtEachPointAndResumesFromWhatItKept() throws Exception {
    SweepStudy.Plan plan = SweepStudy.plan(ux(), DEVS, StudyListener.SILENT);
    Cancellation stopAfterOne = new Cancellation();
    assertThrows(CancelledException.class, () -> SweepStudy.run(plan, tmp.resolve("s"),
        (done, total) -> stopAfterOne.cancel(), stopAfterOne));
    assertTrue(Files.exists(tmp.resolve("s/points/0000000.csv")), "the finished point is kept");

    SweepStudy.Result result = SweepStudy.run(SweepStudy.plan(ux(), DEVS, StudyListener.SILENT), tmp.resolve("s"),
        StudyListener.SILENT, Cancellation.none());
    assertEquals(1, result.ran(), "only the point not kept runs");
    assertEquals(List.of("dev", "qa"), result.points().stream().map(PointBottleneck::bottleneck)
        .map(b -> b.bottleneck()).toList());
    Path out = SweepStudy.write(result, new Invocation("test", List.of()), StudyListener.SILENT);
    assertTrue(Files.exists(out.resolve("manifest.json")) && Files.exists(out.resolve("bottleneck.png")));
  }
}
