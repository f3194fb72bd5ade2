package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.StopRule;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A replication's tables are as large as its work in progress, not as the work it ever made: over
 * ten years of the AI story (side PRs, AI PRs put off, bug fixes, incidents, review sessions) the
 * PRs made outnumber the PR table's capacity many times over, and that capacity stays within a
 * small factor of the most PRs ever in the system at once, as counted from outside (made so far
 * less deployed so far, at every job start). Tasks and features live no longer than their PRs,
 * so their tables are no larger.
 */
class WorkInProgressMemoryTest {
  /** Made less deployed, at every job start; its maximum. */
  private static final class InSystem implements Observer {
    DeliverySimulation sim;
    long deployed;
    long most;

    @Override
    public void started(double time, int person, Activity activity, int task, int author) {
      most = Math.max(most, sim.tasks.created - deployed);
    }

    @Override
    public void deployed(double time, int task, int feature, boolean featureDone) {
      deployed++;
    }
  }

  @Test
  void tenYearsOfWorkFitInTablesSizedByTheWorkInProgress() throws Exception {
    Scenario.DeliveryBody body = (Scenario.DeliveryBody) ScenarioLoader
        .load(Path.of("scenarios/ai-adoption.yaml"), List.of()).scenario().body();
    DeliveryDef def = body.delivery();
    InSystem watch = new InSystem();
    watch.sim = new DeliverySimulation(def, body.phases(), new StopRule(10 * 52 * 40, 0, 0, false),
        new RandomStreams(17, 0), watch, new DeliveryStats(def));
    watch.sim.run();

    TaskTable tasks = watch.sim.tasks;
    String seen = tasks.created + " PRs made, at most " + watch.most + " in the system, table capacity "
        + tasks.capacity() + ", tasks " + watch.sim.intake.taskCapacity() + ", features "
        + watch.sim.intake.featureCapacity() + ", incidents " + watch.sim.incidents.capacity() + " for "
        + watch.sim.stats.get(Count.INCIDENTS);
    assertTrue(tasks.created > 30L * tasks.capacity(), "many more PRs made than the table holds: " + seen);
    // the table doubles when full, from 64: at most twice the most alive, one more for the
    // moments between job starts that the watch does not see
    assertTrue(tasks.capacity() <= Math.max(64, 4 * watch.most), "the table follows the work in progress: " + seen);
    assertTrue(watch.sim.intake.taskCapacity() <= tasks.capacity(), "tasks live no longer than their PRs: " + seen);
    assertTrue(watch.sim.intake.featureCapacity() <= tasks.capacity(), "nor features: " + seen);
    assertTrue(watch.sim.stats.get(Count.INCIDENTS) > 10L * watch.sim.incidents.capacity(),
        "incidents' ids are recycled too: " + seen);
  }
}
