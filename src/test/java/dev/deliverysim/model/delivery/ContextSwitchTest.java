package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Fixed;
import dev.deliverysim.engine.LogNormal;
import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.StopRule;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A job on another PR than the person's last costs the context switch; the same PR again does not
 * — and "another PR" means another PR even when it took the id of the one just deployed (ids are
 * recycled): two developers who code and review, with work pulled from a backlog as they need it,
 * often start coding a new PR under the id of the PR they just reviewed into production.
 */
class ContextSwitchTest {
  private static final double SWITCH = 0.25;

  /** Checks every coding, review and rework start's effort against a ledger of each person's last PR. */
  private static final class Ledger implements Observer {
    DeliverySimulation sim;
    final int[] lastSerial = {-1, -1};
    final int[] lastId = {-1, -1};
    int checked;
    int switches;
    int underARecycledId;

    @Override
    public void started(double time, int person, Activity activity, int task, int author) {
      int serial = sim.tasks.serial(task);
      boolean switching = lastSerial[person] != -1 && lastSerial[person] != serial;
      double base = switch (activity) {
        case CODING -> sim.tasks.codingEffort(task) * sim.people.codingEffort(person);
        case REVIEW -> sim.chooser.reviewEffort(task);
        case REWORK, CONFLICTS -> sim.tasks.pendingRework(task);
        default -> throw new AssertionError("no other job here: " + activity);
      };
      assertEquals(base + (switching ? SWITCH : 0), sim.people.effort(person), 1e-9,
          activity + " of PR " + serial + " (id " + task + ") by " + person + " after PR " + lastSerial[person]);
      checked++;
      switches += switching ? 1 : 0;
      underARecycledId += switching && lastId[person] == task ? 1 : 0;
      lastSerial[person] = serial;
      lastId[person] = task;
    }
  }

  @Test
  void aPrUnderTheIdOfTheLastOneIsStillASwitch() {
    WorkDef work = new WorkDef(new FeatureSource.Backlog(5000), new Fixed(1),
        LogNormal.ofPercentiles(0.5, 6, 0.9, 20), 25);
    List<TeamDef> teams = List.of(new TeamDef("devs", 2, Set.of(Skill.CODE, Skill.REVIEW), 0.8));
    DeliveryDef def = DeliveryDef.builder(work, teams, new QualityDef(5, 1), new ReviewDef(300, 0.5, 0.6, 400),
        AiDef.NONE, Policy.REVIEW_FIRST).openPrsPerAuthor(0).incidents(IncidentsDef.NONE)
        .coordination(new CoordinationDef(0, new Fixed(1), SWITCH)).build();
    Ledger ledger = new Ledger();
    ledger.sim = new DeliverySimulation(def, new StopRule(2_000, 0, 0, false), new RandomStreams(5, 0), ledger);
    ledger.sim.run();
    assertTrue(ledger.checked > 300 && ledger.switches > 100, Arrays.toString(new int[] {ledger.checked, ledger.switches}));
    assertTrue(ledger.underARecycledId > 10, "new PRs under the id of the person's last: " + ledger.underARecycledId);
  }
}
