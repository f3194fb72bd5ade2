package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.Timeline;
import dev.deliverysim.model.TimelineRecorder;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A delivery timeline observes without disturbing: recording it leaves the replication exactly as
 * it was, and every task that arrived is, at each snapshot, either done or in exactly one state.
 * Generated organisations get sprints and release trains too, so every state is exercised.
 */
class TimelineProperties {
  private static final long QT_SEED = 20_261_124_7L;
  private static final int EXAMPLES = 120;

  @Test
  void recordingATimelineChangesNothingAndConservesTasks() {
    AtomicInteger withTasksInFlight = new AtomicInteger();
    qt().withFixedSeed(QT_SEED).withExamples(EXAMPLES).forAll(RandomOrganisations.cases())
        .checkAssert(c -> {
          DeliveryDef def = withCadence(c.def(), c.seed());
          DeliverySimulation plain = new DeliverySimulation(def, c.stop(), new RandomStreams(c.seed(), 0));
          plain.run();
          DeliverySimulation watched = new DeliverySimulation(def, c.stop(), new RandomStreams(c.seed(), 0));
          TimelineRecorder recorder = watched.recordTimeline(c.horizon() / 7);
          watched.run();
          Timeline t = recorder.build();

          assertEquals(plain.eventCount, watched.eventCount, c.toString());
          assertEquals(plain.stats.get(Count.FEATURES_DELIVERED), watched.stats.get(Count.FEATURES_DELIVERED), c.toString());
          assertEquals(plain.stats.get(Count.TASKS_CODED), watched.stats.get(Count.TASKS_CODED), c.toString());
          assertEquals(plain.stats.leadTimeTally.mean(), watched.stats.leadTimeTally.mean(), 0.0, c.toString());
          assertEquals(7, t.snapshots(), "a snapshot every seventh of the horizon, the last on it");
          for (int i = 0; i < t.snapshots(); i++) {
            double inside = 0;
            for (double n : t.inState()[i]) {
              assertTrue(n >= 0, c.toString());
              inside += n;
            }
            assertEquals(t.arrived()[i] - t.done()[i], inside, 0.0, "snapshot " + i + " of " + c);
            if (inside > 0) {
              withTasksInFlight.incrementAndGet();
            }
          }
          double last = t.completed()[t.snapshots() - 1];
          assertEquals(Math.min(last, 4096), t.finished().length, "every feature delivered is sampled");
        });
    assertTrue(withTasksInFlight.get() > EXAMPLES, "snapshots should catch tasks in flight");
  }

  /** Sprints in one example in three, release trains in one in three, independently. */
  static DeliveryDef withCadence(DeliveryDef def, long seed) {
    double horizon = 200;
    double trains = Math.floorMod(seed, 3) == 0 ? horizon / 9 : 0;
    double sprints = Math.floorMod(seed / 3, 3) == 0 ? horizon / 6 : 0;
    CadenceDef cadence = new CadenceDef(trains, sprints, sprints > 0 ? 1 + (int) Math.floorMod(seed, 12) : 0);
    return new DeliveryDef(def.work(), def.teams(), def.quality(), def.review(), def.gates(), def.ai(),
        def.policy(), def.openPrsPerAuthor(), def.incidents(), def.coordination(), cadence,
        def.limits());
  }
}
