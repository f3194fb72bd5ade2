package dev.deliverysim.experiment.calibrate;

import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
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
    /** Whether the observed value lies inside the model's band; false when either is unknown. */
    public boolean inside() {
      return observed >= low && observed <= high;
    }

    public boolean comparable() {
      return Double.isFinite(observed) && Double.isFinite(modelMedian);
    }
  }

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
    rows.add(row(period, "cycle_time_p50", "h", observed.cycleHours(0.5),
        values(results, catalog, "cycle_time_p50", toHours), observed.cycleHours().length));
    rows.add(row(period, "cycle_time_p85", "h", observed.cycleHours(0.85),
        values(results, catalog, "cycle_time_p85", toHours), observed.cycleHours().length));
    rows.add(row(period, "pickup_p50", "h", observed.pickupHours(0.5),
        values(results, catalog, "review_pickup_p50", toHours), observed.pickupHours().length));
    return rows;
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
