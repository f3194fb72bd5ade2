package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.Timeline;
import dev.deliverysim.model.TimelineRecorder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the timeline says about work in progress and cycle times, set against a ledger kept apart
 * from it through the {@link Observer} hooks: the PRs in progress at the end are exactly those
 * whose coding started and that were not deployed, aged from their (last) coding start; each sits
 * in a state that the last snapshot counted; and each delivered feature's cycle time runs from the
 * first coding start of any of its tasks. On generated organisations, with sprints and release
 * trains in some, so that every state is exercised.
 */
class WipAgeProperties {
  private static final long QT_SEED = 20_261_202_13L;
  private static final int EXAMPLES = 80;

  /** The ledger: coding starts and deployments, as they happen, before the horizon. */
  private static final class Ledger implements Observer {
    final double end;
    final Map<Integer, Double> codingStarted = new HashMap<>();
    final Map<Integer, Double> featureStarted = new HashMap<>();
    final List<Double> featureCycleTimes = new ArrayList<>();
    DeliverySimulation sim;

    Ledger(double end) {
      this.end = end;
    }

    @Override
    public void started(double time, int person, Activity activity, int task, int author) {
      if (activity == Activity.CODING && time < end) { // the last snapshot comes before any event at its time
        codingStarted.put(task, time);
        int feature = sim.tasks.feature(task);
        if (feature != WorkIntake.NO_FEATURE) {
          featureStarted.putIfAbsent(feature, time);
        }
      }
    }

    @Override
    public void deployed(double time, int task, int feature, boolean featureDone) {
      if (time < end) {
        codingStarted.remove(task);
        if (featureDone) {
          // forgotten now: a delivered feature's number goes to a later feature
          featureCycleTimes.add(time - featureStarted.remove(feature));
        }
      }
    }
  }

  @Test
  void theAgedWorkInProgressIsWhatTheLedgerHoldsAndEachSitsWhereTheSnapshotCountedIt() {
    AtomicInteger aged = new AtomicInteger();
    qt().withFixedSeed(QT_SEED).withExamples(EXAMPLES).forAll(RandomOrganisations.cases())
        .checkAssert(c -> {
          DeliveryDef def = TimelineProperties.withCadence(c.def(), c.seed());
          Ledger ledger = new Ledger(c.horizon());
          DeliverySimulation sim = new DeliverySimulation(def, c.stop(), new RandomStreams(c.seed(), 0), ledger);
          ledger.sim = sim;
          TimelineRecorder recorder = sim.recordTimeline(c.horizon() / 7);
          sim.run();
          Timeline t = recorder.build();

          double[] expected = ledger.codingStarted.values().stream().mapToDouble(s -> c.horizon() - s).sorted().toArray();
          double[] ages = Arrays.stream(t.wipAges()).mapToDouble(r -> r[1]).sorted().toArray();
          assertArrayEquals(expected, ages, 1e-9, "ages of the PRs in progress at the end: " + c);
          aged.addAndGet(ages.length);

          double[] last = t.inState()[t.snapshots() - 1];
          int[] perState = new int[last.length];
          for (double[] row : t.wipAges()) {
            perState[(int) row[0]]++;
          }
          for (int s = 0; s < last.length; s++) {
            Timeline.State state = t.states().get(s);
            boolean mayHoldUnstarted = state.stage().equals("coding") && state.waiting() || state.stage().equals("backlog");
            if (mayHoldUnstarted) {
              assertTrue(perState[s] <= last[s], state + " of " + c);
            } else {
              assertEquals(last[s], perState[s], 0.0, "every PR in " + state.name() + " has started: " + c);
            }
          }

          double[] cycles = Arrays.stream(t.finished()).mapToDouble(r -> r[2]).sorted().toArray();
          double[] fromLedger = ledger.featureCycleTimes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
          if (fromLedger.length <= 4096) { // the recorder keeps every one below its thinning point
            assertArrayEquals(fromLedger, cycles, 1e-9, "features' cycle times: " + c);
          }
          for (double[] row : t.finished()) {
            assertTrue(row[2] <= row[1] + 1e-9, "work starts after the request: " + c);
          }
        });
    assertTrue(aged.get() > EXAMPLES, "the examples should end with work in progress: " + aged.get());
  }
}
