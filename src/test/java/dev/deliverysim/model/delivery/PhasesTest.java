package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.StopRule;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Phases change the organisation exactly at their dates (issue 10): a QA pass started before the
 * phase takes the old time, one started from its date on the new one; AI assistance applies to
 * tasks made after the date and to none before.
 */
class PhasesTest {
  private static final String TEAM = """
      name: phased
      run: {horizon: 600h}
      delivery:
        work:
          features: {rate: 0.5}
          task_effort: {fixed: 2h}
        teams:
          - {name: devs, headcount: 4, skills: [code, review], focus: 1}
          - {name: qa, headcount: 2, skills: [test], focus: 1}
        gates:
          - {name: qa, skill: test, duration: {fixed: 1h}, detection: 0}
        ai: {adoption: 0, coding_effort: 0.5}
      phases:
        - at: 200h
          set:
            delivery.gates[qa].duration: {fixed: 3h}
            delivery.ai.adoption: 1
      """;

  @Test
  void aPhaseTakesHoldExactlyAtItsDate() throws Exception {
    Scenario scenario = ScenarioLoader.loadString(TEAM, "phased.yaml", List.of()).scenario();
    Scenario.DeliveryBody body = (Scenario.DeliveryBody) scenario.body();
    assertEquals(1, body.phases().size());
    Map<Integer, Double> started = new HashMap<>();
    int[] before = new int[1];
    int[] after = new int[1];
    int[] assisted = new int[2];
    DeliverySimulation[] sim = new DeliverySimulation[1];
    Observer watch = new Observer() {
      @Override
      public void started(double time, int person, Activity activity, int task, int author) {
        if (activity == Activity.GATE) {
          started.put(person, time);
        }
        if (activity == Activity.CODING) {
          // without sprints a task joins the coding queue when it is made, and waits there until now
          double made = sim[0].tasks.readySince(task);
          assertEquals(made >= 200, sim[0].tasks.assisted(task), "a task made at " + made + " h");
          assisted[made >= 200 ? 1 : 0]++;
        }
      }

      @Override
      public void finished(double time, int person, Activity activity, int task) {
        if (activity == Activity.GATE) {
          double start = started.remove(person);
          assertEquals(start < 200 ? 1 : 3, time - start, 1e-9, "a QA pass started at " + start + " h");
          (start < 200 ? before : after)[0]++;
        }
      }
    };
    sim[0] = new DeliverySimulation(body.delivery(), body.phases(), new StopRule(600, 0, 0, false),
        new RandomStreams(11, 0), watch, new DeliveryStats(body.delivery()));
    sim[0].run();
    assertTrue(before[0] > 20 && after[0] > 20, before[0] + " passes before the phase, " + after[0] + " after");
    assertTrue(assisted[0] > 20 && assisted[1] > 20, assisted[0] + " tasks coded before, " + assisted[1] + " after");
  }

  /**
   * Owners with no PRs to own, then a phase in which every PR needs one: from the phase on the
   * owners review, and only they. (The owners used to be marked only when the first share was
   * above 0, so the phase left nobody able to review a PR, and the run crashed.)
   */
  @Test
  void ownersWhoseShareStartsAtZeroReviewOncePhaseRaisesIt() throws Exception {
    String yaml = """
        name: owners-later
        run: {horizon: 400h}
        delivery:
          work:
            features: {rate: 0.5}
            task_effort: {fixed: 1h}
          teams:
            - {name: devs, headcount: 4, skills: [code, review], focus: 1}
            - {name: seniors, headcount: 2, skills: [review], focus: 1}
          review: {owners: {team: seniors, share: 0}}
        phases:
          - at: 200h
            set:
              delivery.review.owners.share: 1
        """;
    Scenario.DeliveryBody body = (Scenario.DeliveryBody) ScenarioLoader.loadString(yaml, "owners-later.yaml", List.of())
        .scenario().body();
    int seniors = 4; // people 4 and 5
    int[] byDevsAfter = new int[1];
    int[] bySeniorsAfter = new int[1];
    Observer watch = new Observer() {
      @Override
      public void started(double time, int person, Activity activity, int task, int author) {
        if (activity == Activity.REVIEW && time > 210) { // PRs that asked before the phase may still go to devs
          (person >= seniors ? bySeniorsAfter : byDevsAfter)[0]++;
        }
      }
    };
    new DeliverySimulation(body.delivery(), body.phases(), new StopRule(400, 0, 0, false),
        new RandomStreams(3, 0), watch, new DeliveryStats(body.delivery())).run();
    assertTrue(bySeniorsAfter[0] > 20, bySeniorsAfter[0] + " reviews by the owners after the phase");
    assertEquals(0, byDevsAfter[0], "reviews by others after the phase, when every PR needs an owner");
  }
}
