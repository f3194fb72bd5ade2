package dev.deliverysim.experiment;

import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.Timeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Several replications' timelines averaged snapshot by snapshot, in the output unit: the mean
 * number of items in each state, arrived and done (a cumulative flow diagram), and completions per
 * unit of time in each interval with the 10th and 90th percentiles across replications (the
 * J-curve of a ramp shows there). Finished items are pooled, each row tagged with its replication.
 *
 * @param times snapshot times, in the output unit
 * @param inState {@code [state][snapshot]}: mean items in the state
 * @param throughput {@code [snapshot]}: mean completions per unit in the interval ending then
 * @param itemThroughput {@code [snapshot]}: mean items done per unit in the interval ending then
 * @param finished rows {@code {replication, finished at, time in system, cycle time}}, in the output unit
 * @param backlog every completion was requested at time 0 (see {@link Timeline#backlog})
 * @param wipAges rows {@code {replication, state, age}} of the work in progress at the end of each
 *     replication, ages in the output unit (see {@link Timeline#wipAges})
 */
public record TimelineSummary(
    String item,
    String completion,
    String unit,
    int replications,
    List<Timeline.State> states,
    double[] times,
    double[][] inState,
    double[] arrived,
    double[] done,
    double[] throughput,
    double[] throughputP10,
    double[] throughputP90,
    double[] itemThroughput,
    double[][] finished,
    boolean backlog,
    double[][] wipAges) {

  public TimelineSummary {
    states = List.copyOf(states);
  }

  /** Averages {@code timelines} of replications {@code first, first + 1, …}. */
  public static TimelineSummary of(List<Timeline> timelines, int first, OutputUnit unit) {
    Timeline shape = timelines.get(0);
    int n = timelines.size();
    // a replication stopped early (a job limit) has fewer snapshots: average over those all have
    int snapshots = timelines.stream().mapToInt(Timeline::snapshots).min().orElse(0);
    int states = shape.states().size();
    double perUnit = 1 / unit.hours();
    double[] times = new double[snapshots];
    double[][] inState = new double[states][snapshots];
    double[] arrived = new double[snapshots];
    double[] done = new double[snapshots];
    double[][] rates = new double[snapshots][n];
    double[] itemRate = new double[snapshots];
    for (int r = 0; r < n; r++) {
      Timeline t = timelines.get(r);
      for (int i = 0; i < snapshots; i++) {
        for (int s = 0; s < states; s++) {
          inState[s][i] += t.inState()[i][s] / n;
        }
        arrived[i] += t.arrived()[i] / n;
        done[i] += t.done()[i] / n;
        double since = i == 0 ? 0 : t.times()[i - 1];
        double before = i == 0 ? 0 : t.completed()[i - 1];
        double period = (t.times()[i] - since) * perUnit;
        rates[i][r] = (t.completed()[i] - before) / period;
        itemRate[i] += (t.done()[i] - (i == 0 ? 0 : t.done()[i - 1])) / period / n;
      }
    }
    double[] mean = new double[snapshots];
    double[] p10 = new double[snapshots];
    double[] p90 = new double[snapshots];
    for (int i = 0; i < snapshots; i++) {
      times[i] = shape.times()[i] * perUnit;
      mean[i] = Arrays.stream(rates[i]).average().orElse(Double.NaN);
      double[] q = Quantile.withDefaults().evaluate(rates[i], 0.10, 0.90);
      p10[i] = q[0];
      p90[i] = q[1];
    }
    List<double[]> finished = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      for (double[] row : timelines.get(r).finished()) {
        finished.add(new double[] {first + r, row[0] * perUnit, row[1] * perUnit, row[2] * perUnit});
      }
    }
    List<double[]> ages = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      for (double[] row : timelines.get(r).wipAges()) {
        ages.add(new double[] {first + r, row[0], row[1] * perUnit});
      }
    }
    return new TimelineSummary(shape.item(), shape.completion(), unit.symbol(), n, shape.states(),
        times, inState, arrived, done, mean, p10, p90, itemRate, finished.toArray(double[][]::new), shape.backlog(),
        ages.toArray(double[][]::new));
  }

  /** The finished rows of one replication. */
  public double[][] finishedIn(int replication) {
    return Arrays.stream(finished).filter(row -> row[0] == replication).toArray(double[][]::new);
  }
}
