package dev.deliverysim.scenario.delivery;

import dev.deliverysim.model.delivery.AiDef;
import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.model.delivery.FeatureSource;
import dev.deliverysim.model.delivery.ReviewDef;
import dev.deliverysim.model.delivery.Skill;
import dev.deliverysim.model.delivery.TeamDef;

/**
 * What a delivery organisation is asked to do, from the means of its laws, before anything runs:
 * the defects a task carries, the people-hours its work needs against the hours its people have,
 * and roughly how many events one replication simulates. Rough on purpose (rework, incidents,
 * conflicts and testing are left out, so the load is a lower bound): it is for refusing the absurd
 * and warning about the overloaded, never for results.
 *
 * @param defectsPerTask mean defects injected into one task (the worst case: every task assisted)
 * @param peopleLoad coding and review hours needed per hour, over the focused hours of everyone who
 *     codes or reviews; above 1 the work arrives faster than it can be done (0 for a backlog)
 * @param eventsPerReplication about how many events one replication of {@code horizon} hours takes
 * @param growthPerHour tasks per hour that pile up when the load is above 1 (0 otherwise)
 * @param codingLoad the part of {@code peopleLoad} that is coding (the rest is review)
 */
public record DeliveryLoad(double defectsPerTask, double peopleLoad, double eventsPerReplication,
    double growthPerHour, double codingLoad) {
  /** Events per task: each stage is entered and left, plus a deployment. */
  private static final int EVENTS_PER_STAGE = 2;

  public static DeliveryLoad of(DeliveryDef d, double horizon) {
    AiDef ai = d.ai();
    double effort = d.work().taskEffort().mean() * (ai.adoption() > 0 ? Math.max(1, ai.codingEffort()) : 1);
    double lines = d.work().taskEffort().mean() * d.work().linesPerHour()
        * (ai.adoption() > 0 ? Math.max(1, ai.prSize()) : 1);
    double injection = ai.adoption() > 0 ? Math.max(1, ai.defectInjection()) : 1;
    double defects = lines / 1000 * d.quality().defectsPerKloc() * injection;
    double tasksPerFeature = Math.max(1, d.work().tasksPerFeature().mean());
    if (!(d.work().source() instanceof FeatureSource.Arrivals arrivals)) {
      double tasks = ((FeatureSource.Backlog) d.work().source()).features() * tasksPerFeature;
      return new DeliveryLoad(defects, 0, tasks * eventsPerTask(d) + periodic(d, horizon), 0, 0);
    }
    double taskRate = tasksPerFeature / arrivals.interarrival().mean();
    double events = horizon * taskRate * eventsPerTask(d) + periodic(d, horizon);
    double hoursNeeded = taskRate * (effort + review(d.review(), lines));
    double load = hoursNeeded / focusedPeople(d);
    double growth = load > 1 ? taskRate * (1 - 1 / load) : 0;
    return new DeliveryLoad(defects, load, events, growth, taskRate * effort / focusedPeople(d));
  }

  private static double eventsPerTask(DeliveryDef d) {
    return EVENTS_PER_STAGE * (d.stages().size() + 1.0);
  }

  /** Release trains and sprint plannings happen whether or not there is work. */
  private static double periodic(DeliveryDef d, double horizon) {
    double trains = d.cadence().deployEveryHours() > 0 ? horizon / d.cadence().deployEveryHours() : 0;
    double sprints = d.cadence().sprintHours() > 0 ? horizon / d.cadence().sprintHours() : 0;
    return trains + sprints;
  }

  private static double review(ReviewDef review, double lines) {
    return Math.max(review.minimumHours(), lines / review.linesPerHour()) * review.approvals();
  }

  /** Focused hours per hour of everyone who codes or reviews. */
  private static double focusedPeople(DeliveryDef d) {
    double people = 0;
    for (TeamDef team : d.teams()) {
      if (team.skills().contains(Skill.CODE) || team.skills().contains(Skill.REVIEW)) {
        people += team.headcount() * team.effectiveFocus();
      }
    }
    return people;
  }
}
