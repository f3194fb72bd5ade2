package dev.deliverysim.experiment.calibrate;

import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.delivery.DeliveryModel;
import dev.deliverysim.model.delivery.SimulatedPr;
import dev.deliverysim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * The fitted model against the data: the scenario simulated over a period as long as the data's,
 * each replication one possible history, and the observed value set beside the spread of the
 * simulated ones. The band is the central 95% of the replications (2.5th to 97.5th percentile): a
 * prediction interval for one period's value, which the observed one falls outside of one time in
 * twenty when the model is right. Held out, the period was not used for fitting: the honest test.
 */
public final class Backtest {
  /** One value compared: the period ({@code fit} or {@code held-out}), observed and simulated, in {@code unit}. */
  public record Row(String period, String metric, String unit, double observed, double modelMedian, double low,
      double high, int observations) {
    /**
     * Whether the observed value lies inside the model's band, within a second (timestamps are to the
     * second); false when either is unknown.
     */
    public boolean inside() {
      return observed >= low - RESOLUTION && observed <= high + RESOLUTION;
    }

    public boolean comparable() {
      return Double.isFinite(observed) && Double.isFinite(modelMedian);
    }
  }

  /** An hour's worth of one second: data's timestamps are to the second. */
  static final double RESOLUTION = 1.0 / 3600;

  private Backtest() {}

  /**
   * Compares {@code observed} with {@code scenario} (whose horizon and warm-up already cover the
   * period), labelled {@code period}.
   */
  public static List<Row> compare(String period, Calibration observed, Scenario scenario, ReplicationRunner runner) {
    SimulationModel model = scenario.model();
    List<ReplicationResult> results = runner.run(model, scenario.seed(), 0, scenario.replications(), done -> {});
    MetricCatalog catalog = model.catalog();
    // the model reports rates per output unit (the fitted scenario's is the week) and times in it
    double toHours = scenario.outputUnit().hours();
    List<Row> rows = new ArrayList<>();
    rows.add(row(period, "throughput", "changes/week", observed.throughputPerWeek(), values(results, catalog,
        "prs_merged", 1), observed.people()));
    double[][] modelTimes;
    if (observed.history().format().equals("github") && model instanceof DeliveryModel delivery) {
      // GitHub's clock starts when the PR is opened and its first review counts when submitted: measure
      // the model's own PRs the same way, from their traces, not by its metrics (from coding, to review start)
      modelTimes = asGitHubSees(delivery, scenario, runner);
    } else {
      modelTimes = new double[][] {values(results, catalog, "cycle_time_p50", toHours),
          values(results, catalog, "cycle_time_p85", toHours), values(results, catalog, "review_pickup_p50", toHours)};
    }
    rows.add(row(period, "cycle_time_p50", "h", observed.cycleHours(0.5), modelTimes[0], observed.cycleHours().length));
    rows.add(row(period, "cycle_time_p85", "h", observed.cycleHours(0.85), modelTimes[1], observed.cycleHours().length));
    rows.add(row(period, "pickup_p50", "h", observed.pickupHours(0.5), modelTimes[2], observed.pickupHours().length));
    return rows;
  }

  /**
   * Each replication's PRs merged after the warm-up, traced, measured as GitHub data is: p50 and
   * p85 of opened (first asked for review) to merged, and p50 of opened to the first review
   * submitted — the same trajectories the metrics came from. Working hours, as the clock runs.
   */
  private static double[][] asGitHubSees(DeliveryModel model, Scenario scenario, ReplicationRunner runner) {
    double warmup = scenario.stop().warmup();
    List<double[]> each = runner.each(scenario.seed(), 0, scenario.replications(), (seed, r) -> {
      List<SimulatedPr> prs = model.history(seed, r);
      double[] open = prs.stream().filter(p -> p.merged() >= warmup && Double.isFinite(p.opened()))
          .mapToDouble(p -> p.merged() - p.opened()).toArray();
      double[] pickup = prs.stream().filter(p -> p.merged() >= warmup && !p.reviews().isEmpty())
          .mapToDouble(p -> p.reviews().get(0).at() - p.opened()).toArray();
      return new double[] {quantile(open, 0.5), quantile(open, 0.85), quantile(pickup, 0.5)};
    });
    double[][] columns = new double[3][each.size()];
    for (int r = 0; r < each.size(); r++) {
      for (int k = 0; k < 3; k++) {
        columns[k][r] = each.get(r)[k];
      }
    }
    return columns;
  }

  private static double quantile(double[] x, double q) {
    return x.length == 0 ? Double.NaN : Quantile.withDefaults().evaluate(x, q);
  }

  private static Row row(String period, String metric, String unit, double observed, double[] model, int n) {
    double[] finite = Arrays.stream(model).filter(Double::isFinite).toArray();
    if (finite.length == 0) {
      return new Row(period, metric, unit, observed, Double.NaN, Double.NaN, Double.NaN, n);
    }
    // the median, not the mean, as the centre: it always lies inside the band, however skewed the replications
    double[] band = Quantile.withDefaults().evaluate(finite, 0.025, 0.5, 0.975);
    return new Row(period, metric, unit, observed, band[1], band[0], band[2], n);
  }

  /** Each replication's value of {@code label}, times {@code scale}. */
  private static double[] values(List<ReplicationResult> results, MetricCatalog catalog, String label, double scale) {
    int index = catalog.indexOf(label);
    return results.stream().mapToDouble(r -> r.value(index) * scale).toArray();
  }
}
