package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.engine.LogNormal;
import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.StopRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Release trains and sprints batch work: fewer deployments, work waiting for its planning. */
class CadenceTest {
  private static final double WEEK = 40;
  private static final StopRule HALF_YEAR = new StopRule(26 * WEEK, 0, 4 * WEEK, false);

  private static DeliveryDef organisation(FeatureSource source, CadenceDef cadence) {
    WorkDef work = new WorkDef(source, new Fixed(2), LogNormal.ofPercentiles(0.5, 6, 0.9, 20), 25);
    List<TeamDef> teams = List.of(new TeamDef("devs", 6, Set.of(Skill.CODE, Skill.REVIEW), 0.8));
    return DeliveryDef.builder(work, teams, new QualityDef(8, 1), new ReviewDef(300, 0.5, 0.6, 400), AiDef.NONE, Policy.REVIEW_FIRST).gates(List.of(new GateDef("ci", 2, new Exponential(0.3), 0.5, 0))).openPrsPerAuthor(0).incidents(IncidentsDef.NONE).coordination(CoordinationDef.NONE).cadence(cadence).build();
  }

  @Test
  void weeklyTrainsDeployAtMostOnceAWeekAndMakePrsWait() {
    FeatureSource backlog = new FeatureSource.Backlog(5000);
    Reported continuous = Reported.of(organisation(backlog, CadenceDef.CONTINUOUS), HALF_YEAR, 1, 0);
    Reported trains = Reported.of(organisation(backlog, new CadenceDef(WEEK, 0, 0)), HALF_YEAR, 1, 0);
    assertEquals(continuous.get("prs_merged"), continuous.get("deployments"), 1e-12, "one deploy per PR");
    assertTrue(trains.get("deployments") <= 1.0 / WEEK + 1e-12, "at most one train a week");
    assertTrue(trains.get("deployments") > 0.9 / WEEK, "and almost every week has one");
    assertTrue(trains.get("cycle_time_mean") > continuous.get("cycle_time_mean") + 0.3 * WEEK / 2,
        "PRs wait half a week on average for their train");
    double sum = List.of("coding", "review", "rework", "conflicts", "testing", "incidents", "meetings", "idle")
        .stream().mapToDouble(a -> trains.get("hours_" + a + "@devs")).sum();
    assertEquals(1, sum, 1e-9);
  }

  /** Coding starts inside each sprint, counted by the observer. */
  private static final class StartsPerSprint implements Observer {
    final Map<Integer, Integer> starts = new HashMap<>();
    final double sprint;

    StartsPerSprint(double sprint) {
      this.sprint = sprint;
    }

    @Override
    public void started(double time, int person, Activity activity, int task, int author) {
      if (activity == Activity.CODING) {
        starts.merge((int) Math.floor(time / sprint), 1, Integer::sum);
      }
    }
  }

  @Test
  void aSprintNeverStartsMoreTasksThanItCommits() {
    int capacity = 12;
    double sprint = 2 * WEEK;
    for (FeatureSource source : List.of(new FeatureSource.Backlog(5000), new FeatureSource.Arrivals(new Exponential(6)))) {
      StartsPerSprint watch = new StartsPerSprint(sprint);
      DeliveryDef def = organisation(source, new CadenceDef(0, sprint, capacity));
      new DeliverySimulation(def, HALF_YEAR, new RandomStreams(3, 0), watch).run();
      assertTrue(watch.starts.values().stream().mapToInt(Integer::intValue).sum() > 30, "work flows");
      watch.starts.forEach((k, n) -> assertTrue(n <= capacity, source + " sprint " + k + " started " + n));
    }
  }

  @Test
  void waitingForSprintPlanningLengthensLeadTime() {
    FeatureSource arrivals = new FeatureSource.Arrivals(new Exponential(8));
    Reported flow = Reported.of(organisation(arrivals, CadenceDef.CONTINUOUS), HALF_YEAR, 2, 0);
    Reported sprints = Reported.of(organisation(arrivals, new CadenceDef(0, 2 * WEEK, 40)), HALF_YEAR, 2, 0);
    assertTrue(sprints.get("lead_time_mean") > flow.get("lead_time_mean") + WEEK / 2,
        flow.get("lead_time_mean") + " vs " + sprints.get("lead_time_mean"));
  }
}
