package dev.deliverysim.cli;

import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.model.delivery.TeamDef;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.model.MetricNames;
import dev.deliverysim.model.delivery.Activities;
import dev.deliverysim.model.delivery.DeliveryModel;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The table {@code run} prints for a delivery organisation: headline flow metrics, where work
 * waits (and how often each stage is the bottleneck), and where people's hours go.
 */
final class DeliveryTable {
  private final PrintWriter out;

  DeliveryTable(PrintWriter out) {
    this.out = out;
  }

  void print(Scenario scenario, DeliveryDef delivery, Summary summary, double wallSeconds) {
    String unit = scenario.outputUnit().symbol();
    out.printf(Locale.ROOT, "%s: %d replications, seed %d, %,d events in %.2f s%n",
        scenario.name(), summary.replications(), scenario.seed(), summary.events(), wallSeconds);
    List<MetricSummary> headline = DeliveryModel.overview(delivery).stream().map(summary::get).toList();
    SummaryTable.headline(out, "delivery", headline);
    out.printf(Locale.ROOT, "%n  %-14s %13s %11s %14s %11s%n", "stage", "queue (tasks)", "wait (" + unit + ")",
        "in stage (" + unit + ")", "bottleneck");
    for (String stage : delivery.stageNames()) {
      out.printf(Locale.ROOT, "  %-14s %13s %11s %14s %10.0f%%%n", stage,
          SummaryTable.num(summary.get("queue_length_mean@" + stage).mean()),
          SummaryTable.num(summary.get("wait_mean@" + stage).mean()),
          SummaryTable.num(summary.get("time_in_stage_mean@" + stage).mean()),
          100 * summary.get("bottleneck@" + stage).mean());
    }
    out.printf(Locale.ROOT, "%n  %-10s %6s", "team", "busy");
    List<String> activities = new java.util.ArrayList<>(delivery.activities().jobs());
    activities.addAll(Activities.OFF_JOBS);
    activities.forEach(a -> out.printf(Locale.ROOT, " %9s", a));
    out.printf(Locale.ROOT, "   (hours per person per %s)%n", unit);
    for (TeamDef team : delivery.teams()) {
      out.printf(Locale.ROOT, "  %-10s %5.0f%%", team.name(), 100 * summary.get("utilisation@" + team.name()).mean());
      for (String a : activities) {
        double hours = summary.get(MetricNames.hours(a) + "@" + team.name()).mean();
        // rounding residue such as -1e-15 would print as -0.0
        out.printf(Locale.ROOT, " %9.1f", Math.abs(hours) < 0.05 ? 0 : hours);
      }
      out.println();
    }
    out.println();
  }
}
