package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.LogNormal;
import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.engine.Uniform;
import dev.deliverysim.model.StopRule;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two variants of an organisation run from one seed must see the same work, task by task, however
 * differently they process it: that is what makes their difference a paired comparison (common
 * random numbers) rather than noise.
 */
class CommonRandomNumbersTest {
  private static final long SEED = 7_2026L;
  private static final StopRule STOP = new StopRule(2_000, 0, 200, false);

  /** Each task as it was created; defects are read when coding starts, before any check removes one. */
  record Work(int[] feature, double[] effort, double[] lines, boolean[] assisted, int[] injected,
      double reviewWait) {
    int tasks() {
      return feature.length;
    }

    Work first(int n) {
      return new Work(Arrays.copyOf(feature, n), Arrays.copyOf(effort, n), Arrays.copyOf(lines, n),
          Arrays.copyOf(assisted, n), Arrays.copyOf(injected, n), reviewWait);
    }
  }

  @Test
  void variantsWithDifferentReviewCapacitySeeIdenticalTasks() {
    FeatureSource arrivals = new FeatureSource.Arrivals(new Exponential(4));
    Work few = work(organisation(arrivals, 1, 12, 0.5));
    Work many = work(organisation(arrivals, 5, 12, 0.5));
    assertNotEquals(few.reviewWait(), many.reviewWait(), "the variants should process the work differently");
    assertTrue(few.tasks() > 300, "enough tasks to compare: " + few.tasks());
    assertSame(few, many);
  }

  /** From a backlog, tasks are created as developers need them, so only the common prefix exists in both. */
  @Test
  void fromABacklogVariantsSeeIdenticalTasksAsFarAsBothGot() {
    FeatureSource backlog = new FeatureSource.Backlog(10_000);
    Work few = work(organisation(backlog, 1, 12, 0.5));
    Work many = work(organisation(backlog, 5, 12, 0.5));
    int common = Math.min(few.tasks(), many.tasks());
    assertTrue(common > 300, "enough tasks to compare: " + common);
    assertSame(few.first(common), many.first(common));
  }

  /** Defects are drawn by inversion from one uniform each, so a higher rate can only add defects. */
  @Test
  void raisingTheDefectRateChangesNoEffortOrSizeAndNeverLowersATasksDefects() {
    FeatureSource arrivals = new FeatureSource.Arrivals(new Exponential(4));
    Work low = work(organisation(arrivals, 3, 8, 0.5));
    Work high = work(organisation(arrivals, 3, 20, 0.5));
    assertArrayEquals(low.effort(), high.effort());
    assertArrayEquals(low.lines(), high.lines());
    assertArrayEquals(low.assisted(), high.assisted());
    int more = 0;
    for (int t = 0; t < low.tasks(); t++) {
      assertTrue(high.injected()[t] >= low.injected()[t], "task " + t);
      more += high.injected()[t] > low.injected()[t] ? 1 : 0;
    }
    assertTrue(more > low.tasks() / 4, "a higher rate should add defects to many tasks: " + more);
  }

  /** Assistance is one uniform per task against the adoption rate, so more adoption only adds assisted tasks. */
  @Test
  void raisingAdoptionOnlyTurnsMoreTasksAssisted() {
    FeatureSource arrivals = new FeatureSource.Arrivals(new Exponential(4));
    Work some = work(organisation(arrivals, 3, 12, 0.3));
    Work most = work(organisation(arrivals, 3, 12, 0.8));
    assertEquals(some.tasks(), most.tasks());
    int turned = 0;
    for (int t = 0; t < some.tasks(); t++) {
      assertTrue(most.assisted()[t] || !some.assisted()[t], "task " + t + " lost its assistance");
      if (some.assisted()[t] == most.assisted()[t]) {
        assertEquals(some.effort()[t], most.effort()[t], "task " + t);
        assertEquals(some.lines()[t], most.lines()[t], "task " + t);
      } else {
        turned++;
      }
    }
    assertTrue(turned > some.tasks() / 4, "many tasks should turn assisted: " + turned);
  }

  private static void assertSame(Work a, Work b) {
    assertEquals(a.tasks(), b.tasks(), "tasks created");
    assertArrayEquals(a.feature(), b.feature(), "features");
    assertArrayEquals(a.effort(), b.effort(), "coding efforts");
    assertArrayEquals(a.lines(), b.lines(), "sizes");
    assertArrayEquals(a.assisted(), b.assisted(), "AI assistance");
    assertArrayEquals(a.injected(), b.injected(), "injected defects");
  }

  /**
   * Developers who also review and test, separate reviewers, AI with pre-review and a QA gate: as
   * many consumers of the shared streams as the model has, so a stream shared by mistake shows.
   */
  private static DeliveryDef organisation(FeatureSource source, int reviewers, double defectsPerKloc,
      double adoption) {
    return DeliveryDef.builder(new WorkDef(source, new Uniform(0, 3), LogNormal.ofMeanCv(4, 0.8), 40), List.of(new TeamDef("devs", 4, Set.of(Skill.CODE, Skill.REVIEW, Skill.TEST), 0.7),
            new TeamDef("reviewers", reviewers, Set.of(Skill.REVIEW), 0.6)), new QualityDef(defectsPerKloc, 0.5), new ReviewDef(200, 0.25, 0.6, 400), new AiDef(adoption, 0.7, 1.3, 1.2, 0.9, 0.3, 0.2), Policy.OLDEST_FIRST).gates(List.of(new GateDef("ci", 1, new Exponential(0.3), 0.5, 0.1),
            new GateDef("qa", 0, new Exponential(0.5), 0.4, 0))).build();
  }

  /**
   * Each PR as made, by serial: read when its coding starts (ids are recycled once deployed), or at
   * the horizon for those never started; features by their serials (their numbers are recycled too).
   */
  private static Work work(DeliveryDef def) {
    Work[] seen = {new Work(new int[64], new double[64], new double[64], new boolean[64], new int[64], 0)};
    DeliverySimulation[] sim = new DeliverySimulation[1];
    Observer readWhenCodingStarts = new Observer() {
      @Override
      public void started(double time, int person, Activity activity, int task, int author) {
        if (activity == Activity.CODING) {
          seen[0] = record(seen[0], sim[0], task);
        }
      }
    };
    sim[0] = new DeliverySimulation(def, STOP, new RandomStreams(SEED, 0), readWhenCodingStarts);
    sim[0].run();
    TaskTable tasks = sim[0].tasks;
    for (int id = 0; id < tasks.end(); id++) {
      if (tasks.live(id) && tasks.author(id) == TaskTable.NO_ONE) {
        seen[0] = record(seen[0], sim[0], id);
      }
    }
    Work w = seen[0].first(tasks.created);
    return new Work(w.feature(), w.effort(), w.lines(), w.assisted(), w.injected(),
        sim[0].stats.waits[DeliveryDef.REVIEW].mean());
  }

  private static Work record(Work into, DeliverySimulation sim, int id) {
    TaskTable tasks = sim.tasks;
    int s = tasks.serial(id);
    Work w = s < into.tasks() ? into : into.first(Math.max(s + 1, 2 * into.tasks()));
    int feature = tasks.feature(id);
    w.feature()[s] = feature == WorkIntake.NO_FEATURE ? feature : sim.intake.featureSerial(feature);
    w.effort()[s] = tasks.codingEffort(id);
    w.lines()[s] = tasks.lines(id);
    w.assisted()[s] = tasks.assisted(id);
    w.injected()[s] = tasks.latentDefects(id);
    return w;
  }
}
