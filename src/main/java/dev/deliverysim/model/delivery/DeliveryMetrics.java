package dev.deliverysim.model.delivery;

import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.Readout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What a delivery replication reports, each metric beside the code that reads it. Times
 * in hours, rates per hour, people's time in hours per hour (all converted to the scenario's
 * output unit); measured from the end of the warm-up.
 */
final class DeliveryMetrics {
  /** A replication at its horizon, with what the metrics need beyond the raw accumulators. */
  record Finished(DeliverySimulation sim, double observed, double[] queueLength, int bottleneck) {
    DeliveryStats stats() {
      return sim.stats;
    }
  }

  private DeliveryMetrics() {}

  static List<Readout.Metric<Finished>> of(DeliveryDef def) {
    List<Readout.Metric<Finished>> m = new ArrayList<>();
    m.add(sys("features_delivered", "1/h", f -> f.stats().featuresDelivered / f.observed()));
    m.add(sys("tasks_coded", "1/h", f -> f.stats().tasksCoded / f.observed()));
    m.add(sys("prs_merged", "1/h", f -> f.stats().prsMerged / f.observed()));
    m.add(sys("deployments", "1/h", f -> f.stats().deployments / f.observed()));
    m.add(sys("lead_time_mean", "h", f -> f.stats().leadTimeTally.mean()));
    // for a backlog: when its last feature was delivered, counted from time 0; +∞ when not by the
    // horizon (a censored observation, not a missing one); NaN when there is no backlog
    m.add(sys("backlog_done_at", "h", f -> !(def.work().source() instanceof FeatureSource.Backlog) ? Double.NaN
        : Double.isNaN(f.stats().backlogDoneAt) ? Double.POSITIVE_INFINITY : f.stats().backlogDoneAt));
    m.add(sys("lead_time_p50", "h", f -> f.stats().leadTime.at(50)));
    m.add(sys("lead_time_p85", "h", f -> f.stats().leadTime.at(85)));
    m.add(sys("lead_time_p95", "h", f -> f.stats().leadTime.at(95)));
    m.add(sys("cycle_time_mean", "h", f -> f.stats().cycleTimeTally.mean()));
    m.add(sys("cycle_time_p50", "h", f -> f.stats().cycleTime.at(50)));
    m.add(sys("cycle_time_p85", "h", f -> f.stats().cycleTime.at(85)));
    m.add(sys("cycle_time_p95", "h", f -> f.stats().cycleTime.at(95)));
    m.add(sys("review_time_mean", "h", f -> f.stats().reviewTime.mean()));
    m.add(sys("wip_mean", "jobs", f -> f.stats().wip.mean(f.sim().now())));
    m.add(sys("flow_efficiency", "1", f -> ratio(f.stats().touchedOfMerged, f.stats().cycleOfMerged)));
    m.add(sys("change_failure_rate", "1", f -> ratio(f.stats().changeFailures, f.stats().prsDeployed)));
    m.add(sys("escaped_defects_per_pr", "1", f -> ratio(f.stats().escapedDefects, f.stats().prsDeployed)));
    m.add(sys("reviews_per_pr", "1", f -> ratio(f.stats().reviewsDone, f.stats().prsDeployed)));
    m.add(sys("changes_requested_share", "1", f -> ratio(f.stats().reviewsWithChanges, f.stats().reviewsDone)));
    m.add(sys("incidents", "1/h", f -> f.stats().incidents / f.observed()));
    m.add(sys("merge_conflicts", "1/h", f -> f.stats().mergeConflicts / f.observed()));
    m.add(sys("interruptions", "1/h", f -> f.stats().interruptions / f.observed()));
    m.add(sys("flaky_reruns", "1/h", f -> f.stats().flakyReruns / f.observed()));
    m.add(sys("pre_review_findings_per_pr", "1", f -> ratio(f.stats().defectsFoundByPreReview, f.stats().prsDeployed)));
    m.add(sys("time_to_restore_mean", "h", f -> f.stats().timeToRestoreTally.mean()));
    m.add(sys("time_to_restore_p85", "h", f -> f.stats().timeToRestore.at(85)));

    List<String> stages = def.stageNames();
    for (int s = 0; s < stages.size(); s++) {
      int stage = s;
      String name = stages.get(s);
      m.add(at("wait_mean", name, "h", f -> f.stats().waits[stage].mean()));
      // per visit: waiting for the stage, then the job there (a pass, a review, coding)
      m.add(at("time_in_stage_mean", name, "h",
          f -> f.stats().waits[stage].mean() + f.stats().jobs[stage].mean()));
      m.add(at("queue_length_mean", name, "jobs", f -> f.queueLength()[stage]));
      m.add(at("bottleneck", name, "1", f -> f.bottleneck() == stage ? 1 : 0));
    }
    for (int g = 0; g < def.gates().size(); g++) {
      GateDef gate = def.gates().get(g);
      int at = g;
      if (gate.automated()) {
        m.add(at("utilisation", gate.name(), "1",
            f -> f.stats().machineHours[at] / (gate.machines() * f.observed())));
      }
    }
    for (int t = 0; t < def.teams().size(); t++) {
      TeamDef team = def.teams().get(t);
      int at = t;
      double people = team.headcount();
      m.add(at("utilisation", team.name(), "1", f -> f.stats().busyHours[at] / (people * f.observed())));
      for (Activity activity : Activity.JOBS) {
        m.add(at("hours_" + activity.label, team.name(), "h/h",
            f -> f.stats().hours[at][activity.ordinal()] / (people * f.observed())));
      }
      // Meetings take (1 − focus) of every hour; the rest of the time off jobs is idle.
      m.add(at("hours_meetings", team.name(), "h/h", f -> 1 - team.effectiveFocus()));
      m.add(at("hours_idle", team.name(), "h/h",
          f -> team.effectiveFocus() * (1 - f.stats().busyHours[at] / (people * f.observed()))));
    }
    return List.copyOf(m);
  }

  private static double ratio(double part, double whole) {
    return whole == 0 ? Double.NaN : part / whole;
  }

  private static Readout.Metric<Finished> sys(String name, String unit, ToDoubleFunction<Finished> read) {
    return new Readout.Metric<>(MetricKey.system(name, unit), read);
  }

  private static Readout.Metric<Finished> at(String name, String where, String unit, ToDoubleFunction<Finished> read) {
    return new Readout.Metric<>(MetricKey.atStation(name, where, unit), read);
  }
}
