package dev.deliverysim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.RunWatch;
import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.Replay;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.Timeline;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A replay is stopped mid-replication by a cancellation, as a run is: the runner's watch looks
 * inside the replication every few thousand events, so a page that moves on does not wait for a
 * whole traced replication of a long scenario to finish.
 */
class ReplayCancellationTest {
  /** Cancels at the replication's first look, before the runner's own watch sees it. */
  private record CancelsAtFirstLook(SimulationModel model, Cancellation cancellation, AtomicInteger looks)
      implements SimulationModel {
    @Override
    public MetricCatalog catalog() {
      return model.catalog();
    }

    @Override
    public List<String> headline() {
      return model.headline();
    }

    @Override
    public ReplicationResult replicate(long masterSeed, int replication) {
      return model.replicate(masterSeed, replication);
    }

    @Override
    public Timeline timeline(long masterSeed, int replication, double intervalHours) {
      return model.timeline(masterSeed, replication, intervalHours);
    }

    @Override
    public Replay replay(long masterSeed, int replication, double intervalHours, RunWatch watch) {
      return model.replay(masterSeed, replication, intervalHours, (now, inSystem) -> {
        looks.incrementAndGet();
        cancellation.cancel();
        watch.look(now, inSystem);
      });
    }
  }

  @Test
  void aCancellationStopsAReplayMidReplication() throws Exception {
    for (String file : List.of("scenarios/ai-adoption.yaml", "scenarios/ux-dev-qa.yaml")) {
      // long enough for several looks: 300 weeks
      Scenario s = ScenarioLoader.load(Path.of(file), List.of("run.horizon=300w")).scenario();
      Cancellation cancellation = new Cancellation();
      AtomicInteger looks = new AtomicInteger();
      SimulationModel model = new CancelsAtFirstLook(s.model(), cancellation, looks);
      double interval = s.stop().horizon() / 300;
      assertThrows(CancelledException.class,
          () -> new ReplicationRunner(1, cancellation).replay(model, s.seed(), 0, interval), file);
      assertEquals(1, looks.get(), file + ": stopped at the first look, " + RunWatch.EVERY_EVENTS + " events in");

      Replay whole = new ReplicationRunner(1).replay(s.model(), s.seed(), 0, interval);
      assertTrue(whole.timeline().snapshots() == 300, file + ": uncancelled, the replay is whole");
    }
  }
}
