package dev.deliverysim.experiment.forecast;

import dev.deliverysim.model.MetricNames;
import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.delivery.FeatureSource;
import dev.deliverysim.scenario.Scenario;
import java.util.List;

/**
 * The simulated answer: replicate a delivery scenario whose work is a fixed backlog and read, per
 * replication, when its last feature was delivered, or how many were delivered by a time.
 */
public final class SimulatedForecast {
  private SimulatedForecast() {}

  /** The backlog's size; 0 when the scenario has none (arrivals, or a network). */
  public static int backlog(Scenario scenario) {
    if (scenario.body() instanceof Scenario.DeliveryBody delivery
        && delivery.delivery().work().source() instanceof FeatureSource.Backlog backlog) {
      return backlog.features();
    }
    return 0;
  }

  /** Working hours from time 0 to each replication's last delivery; NaN where not done by the horizon. */
  public static double[] completionHours(Scenario scenario, int threads) {
    return completionHours(scenario, new ReplicationRunner(threads));
  }

  /** The same on {@code runner}. */
  public static double[] completionHours(Scenario scenario, ReplicationRunner runner) {
    SimulationModel model = scenario.model();
    List<ReplicationResult> results = run(scenario, model, runner);
    int metric = index(model.catalog(), MetricNames.BACKLOG_DONE_AT);
    // the catalogue reports times in the output unit; the calendar counts hours
    double hours = scenario.outputUnit().hours();
    return results.stream().mapToDouble(r -> r.value(metric) * hours).toArray();
  }

  /**
   * Features delivered in each replication of a scenario run to the date in question (its horizon)
   * with no warm-up: the rate times the observed time (the horizon less the warm-up, which a
   * delivery scenario does not report), both in the output unit.
   */
  public static int[] delivered(Scenario scenario, int threads) {
    return delivered(scenario, new ReplicationRunner(threads));
  }

  /** The same on {@code runner}. */
  public static int[] delivered(Scenario scenario, ReplicationRunner runner) {
    SimulationModel model = scenario.model();
    List<ReplicationResult> results = run(scenario, model, runner);
    int rate = index(model.catalog(), MetricNames.FEATURES_DELIVERED);
    double observed = (scenario.stop().horizon() - scenario.stop().warmup()) / scenario.outputUnit().hours();
    return results.stream().mapToInt(r -> (int) Math.round(r.value(rate) * observed)).toArray();
  }

  private static List<ReplicationResult> run(Scenario scenario, SimulationModel model, ReplicationRunner runner) {
    return runner.run(model, scenario.seed(), 0, scenario.replications(), done -> {});
  }

  private static int index(MetricCatalog catalog, String label) {
    return catalog.indexOf(label);
  }
}
