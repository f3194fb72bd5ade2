package dev.deliverysim.model.delivery;

import dev.deliverysim.model.MetricNames;
import static dev.deliverysim.model.Dimension.COUNT;
import static dev.deliverysim.model.Dimension.EFFORT;
import static dev.deliverysim.model.Dimension.LINES;
import static dev.deliverysim.model.Dimension.FRACTION;
import static dev.deliverysim.model.Dimension.PEOPLE_TIME;
import static dev.deliverysim.model.Dimension.RATE;
import static dev.deliverysim.model.Dimension.TIME;

import dev.deliverysim.model.Dimension;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.Place;
import dev.deliverysim.model.Readout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What a delivery replication reports, each metric beside the code that reads it: the system's
 * flow, then every stage of the pipeline, every machine-served gate, and every team's hours by
 * activity — generated from the organisation's stage list. Times in hours, rates per hour,
 * people's time in hours per hour (all converted to the scenario's output unit); measured from
 * the end of the warm-up.
 */
final class DeliveryMetrics {
  /** A replication at its horizon, with what the metrics need beyond the raw accumulators. */
  record Finished(DeliverySimulation sim, double observed, double[] queueLength, int bottleneck) {
    DeliveryStats stats() {
      return sim.stats;
    }

    double perHour(Count count) {
      return sim.stats.get(count) / observed;
    }

    /** Focused effort of every review in the window, all teams together. */
    double reviewHours() {
      double hours = 0;
      for (double[] team : sim.stats.hours) {
        hours += team[sim.stats.reviewColumn()];
      }
      return hours;
    }

    double perDeployedPr(Count count) {
      return ratio(sim.stats.get(count), sim.stats.get(Count.PRS_DEPLOYED));
    }
  }

  /** The metrics a reader looks at first, in this order (the run table and compare's headline). */
  static final List<String> HEADLINE = List.of(MetricNames.FEATURES_DELIVERED, "tasks_done", "prs_merged",
      "cycle_time_p85", "review_time_p50", "review_pickup_p50", "deployment_failure_rate");

  private DeliveryMetrics() {}

  static List<Readout.Metric<Finished>> of(DeliveryDef def) {
    List<Readout.Metric<Finished>> m = new ArrayList<>();
    m.add(sys(MetricNames.FEATURES_DELIVERED, RATE, f -> f.perHour(Count.FEATURES_DELIVERED)));
    m.add(sys("tasks_coded", RATE, f -> f.perHour(Count.TASKS_CODED)));
    m.add(sys("tasks_done", RATE, f -> f.perHour(Count.TASKS_DONE)));
    m.add(sys("prs_merged", RATE, f -> f.perHour(Count.PRS_MERGED)));
    m.add(sys("deployments", RATE, f -> f.perHour(Count.DEPLOYMENTS)));
    m.add(sys("lead_time_mean", TIME, f -> f.stats().leadTimeTally.mean()));
    // for a backlog: when its last feature was delivered, counted from time 0; +∞ when not by the
    // horizon (a censored observation, not a missing one); NaN when there is no backlog
    m.add(sys(MetricNames.BACKLOG_DONE_AT, TIME, f -> !(def.work().source() instanceof FeatureSource.Backlog) ? Double.NaN
        : Double.isNaN(f.stats().backlogDoneAt) ? Double.POSITIVE_INFINITY : f.stats().backlogDoneAt));
    m.add(sys("lead_time_p50", TIME, f -> f.stats().leadTime.at(50)));
    m.add(sys("lead_time_p85", TIME, f -> f.stats().leadTime.at(85)));
    m.add(sys("lead_time_p95", TIME, f -> f.stats().leadTime.at(95)));
    m.add(sys(MetricNames.CYCLE_TIME_MEAN, TIME, f -> f.stats().cycleTimeTally.mean()));
    m.add(sys("cycle_time_p50", TIME, f -> f.stats().cycleTime.at(50)));
    m.add(sys("cycle_time_p85", TIME, f -> f.stats().cycleTime.at(85)));
    m.add(sys("cycle_time_p95", TIME, f -> f.stats().cycleTime.at(95)));
    m.add(sys("review_time_mean", TIME, f -> f.stats().reviewTime.mean()));
    m.add(sys("review_time_p50", TIME, f -> f.stats().reviewTimeMedian.median()));
    // first asking for review to the first review starting: the wait for a reviewer to pick it up
    m.add(sys(MetricNames.REVIEW_PICKUP_MEAN, TIME, f -> f.stats().reviewPickup.mean()));
    m.add(sys("review_pickup_p50", TIME, f -> f.stats().reviewPickupMedian.median()));
    m.add(sys("review_hours_per_pr", EFFORT, f -> f.reviewHours() / f.stats().get(Count.PRS_DEPLOYED)));
    m.add(sys("pr_size_mean", LINES, f -> f.stats().prSize.mean()));
    m.add(sys("prs_opened", RATE, f -> f.perHour(Count.PRS_OPENED)));
    m.add(sys("prs_closed_unmerged", RATE, f -> f.perHour(Count.PRS_CLOSED_UNMERGED)));
    m.add(sys(MetricNames.WIP_MEAN, COUNT, f -> f.stats().wip.mean(f.sim().now())));
    m.add(sys("flow_efficiency", FRACTION, f -> ratio(f.stats().touchedOfMerged, f.stats().cycleOfMerged)));
    m.add(sys("change_failure_rate", FRACTION, f -> f.perDeployedPr(Count.CHANGE_FAILURES)));
    // DORA's change failure rate counts deployments: a release train with one faulty PR fails whole
    m.add(sys("deployment_failure_rate", FRACTION,
        f -> ratio(f.stats().get(Count.FAILED_DEPLOYMENTS), f.stats().get(Count.DEPLOYMENTS))));
    m.add(sys("escaped_defects_per_pr", FRACTION, f -> f.perDeployedPr(Count.ESCAPED_DEFECTS)));
    m.add(sys("reviews_per_pr", FRACTION, f -> f.perDeployedPr(Count.REVIEWS_DONE)));
    m.add(sys("changes_requested_share", FRACTION,
        f -> ratio(f.stats().get(Count.REVIEWS_WITH_CHANGES), f.stats().get(Count.REVIEWS_DONE))));
    m.add(sys("incidents", RATE, f -> f.perHour(Count.INCIDENTS)));
    m.add(sys("bugs_reported", RATE, f -> f.perHour(Count.BUGS_REPORTED)));
    // DORA 2025's fifth key: the share of deployments that were unplanned, to fix a reported bug
    m.add(sys("rework_rate", FRACTION, f -> f.perDeployedPr(Count.BUG_FIXES_DEPLOYED)));
    // effort saved at the same volume, per developer: never a throughput
    int coders = def.teams().stream().filter(t -> t.skills().contains(Skill.CODE)).mapToInt(TeamDef::headcount).sum();
    m.add(sys("ai_hours_saved", PEOPLE_TIME, f -> f.stats().aiHoursSaved / (coders * f.observed())));
    // Faros's "bugs per developer": every defect that reached production is a bug, reported or not
    m.add(sys("bugs_per_developer", RATE, f -> f.perHour(Count.ESCAPED_DEFECTS) / coders));
    m.add(sys("merge_conflicts", RATE, f -> f.perHour(Count.MERGE_CONFLICTS)));
    m.add(sys("interruptions", RATE, f -> f.perHour(Count.INTERRUPTIONS)));
    m.add(sys("review_interruptions", RATE, f -> f.perHour(Count.SET_ASIDE_FOR_REVIEW)));
    m.add(sys("flaky_reruns", RATE, f -> f.perHour(Count.FLAKY_RERUNS)));
    m.add(sys("pre_review_findings_per_pr", FRACTION, f -> f.perDeployedPr(Count.DEFECTS_FOUND_BY_PRE_REVIEW)));
    m.add(sys("time_to_restore_mean", TIME, f -> f.stats().timeToRestoreTally.mean()));
    m.add(sys("time_to_restore_p85", TIME, f -> f.stats().timeToRestore.at(85)));
    stages(def, m);
    teams(def, m);
    return List.copyOf(m);
  }

  /** Per stage: where work waits and for how long; per machine-served gate: how busy its machines are. */
  private static void stages(DeliveryDef def, List<Readout.Metric<Finished>> m) {
    List<StageDef> stages = def.stages();
    for (int s = 0; s < stages.size(); s++) {
      int stage = s;
      Place at = Place.stage(stages.get(s).name());
      m.add(at(MetricNames.WAIT_MEAN, at, TIME, f -> f.stats().waits[stage].mean()));
      // per visit: waiting for the stage, then the job there (a pass, a review, coding)
      m.add(at(MetricNames.TIME_IN_STAGE_MEAN, at, TIME, f -> f.stats().waits[stage].mean() + f.stats().jobs[stage].mean()));
      m.add(at(MetricNames.QUEUE_LENGTH_MEAN, at, COUNT, f -> f.queueLength()[stage]));
      m.add(at(MetricNames.BOTTLENECK, at, FRACTION, f -> f.bottleneck() == stage ? 1 : 0));
    }
    for (int g = 0; g < def.gates().size(); g++) {
      GateDef gate = def.gates().get(g);
      int at = g;
      if (gate.automated()) {
        m.add(at(MetricNames.UTILISATION, Place.stage(gate.name()), FRACTION,
            f -> f.stats().machineHours[at] / (gate.machines() * f.observed())));
      }
    }
  }

  /** Per team: how busy, and where every person's hours go, one activity at a time. */
  private static void teams(DeliveryDef def, List<Readout.Metric<Finished>> m) {
    List<String> activities = def.activities().jobs();
    for (int t = 0; t < def.teams().size(); t++) {
      TeamDef team = def.teams().get(t);
      Place place = Place.team(team.name());
      int at = t;
      double people = team.headcount();
      m.add(at(MetricNames.UTILISATION, place, FRACTION, f -> f.stats().busyHours[at] / (people * f.observed())));
      for (int a = 0; a < activities.size(); a++) {
        int column = a;
        m.add(at(MetricNames.hours(activities.get(a)), place, PEOPLE_TIME,
            f -> f.stats().hours[at][column] / (people * f.observed())));
      }
      // Meetings take (1 − focus) of every hour; the rest of the time off jobs is idle.
      m.add(at(MetricNames.hours("meetings"), place, PEOPLE_TIME, f -> 1 - team.effectiveFocus()));
      m.add(at(MetricNames.hours("idle"), place, PEOPLE_TIME,
          f -> team.effectiveFocus() * (1 - f.stats().busyHours[at] / (people * f.observed()))));
    }
  }

  private static double ratio(double part, double whole) {
    return whole == 0 ? Double.NaN : part / whole;
  }

  private static Readout.Metric<Finished> sys(String name, Dimension unit, ToDoubleFunction<Finished> read) {
    return new Readout.Metric<>(MetricKey.system(name, unit), read);
  }

  private static Readout.Metric<Finished> at(String name, Place where, Dimension unit, ToDoubleFunction<Finished> read) {
    return new Readout.Metric<>(MetricKey.of(name, where, unit), read);
  }
}
