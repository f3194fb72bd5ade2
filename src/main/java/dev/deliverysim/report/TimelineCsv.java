package dev.deliverysim.report;

import dev.deliverysim.experiment.TimelineSummary;
import dev.deliverysim.model.Timeline;
import java.io.IOException;
import java.io.Writer;

/**
 * The run's timelines as tidy CSV, in the output unit.
 *
 * <p>{@code timeseries.csv}: one row per snapshot time and measure — {@code in_state} (mean items
 * in a state, with its stage and whether it is a queue), {@code arrived} and {@code done} (mean
 * running totals), and {@code throughput} (mean completions per unit in the period ending then,
 * with the 10th and 90th percentiles across replications), and {@code items_done_rate} (mean items
 * done per unit in that period: tasks deployed, where throughput counts features).
 *
 * <p>{@code finished.csv}: one row per sampled completion — replication, when, how long it took
 * (lead time for features, time in system for jobs), and its cycle time (from the first of a
 * feature's tasks taken up; a job's equals its time in system).
 *
 * <p>{@code wip-ages.csv} (delivery organisations): one row per PR in progress at the end of each
 * replication — where it is (state, stage, waiting) and its age, the time since its coding started.
 */
public final class TimelineCsv {
  public static final String SERIES = "timeseries.csv";
  public static final String FINISHED = "finished.csv";
  public static final String WIP_AGES = "wip-ages.csv";

  private TimelineCsv() {}

  public static void writeSeries(TimelineSummary t, Writer out) throws IOException {
    out.write("time,measure,state,stage,waiting,mean,p10,p90\n");
    for (int i = 0; i < t.times().length; i++) {
      String time = Numbers.csv(t.times()[i]);
      for (int s = 0; s < t.states().size(); s++) {
        Timeline.State state = t.states().get(s);
        out.write(time + ",in_state," + Csv.field(state.name()) + "," + Csv.field(state.stage()) + ","
            + state.waiting() + "," + Numbers.csv(t.inState()[s][i]) + ",,\n");
      }
      out.write(time + ",arrived,,,," + Numbers.csv(t.arrived()[i]) + ",,\n");
      out.write(time + ",done,,,," + Numbers.csv(t.done()[i]) + ",,\n");
      out.write(time + ",throughput,,,," + Numbers.csv(t.throughput()[i]) + ","
          + Numbers.csv(t.throughputP10()[i]) + "," + Numbers.csv(t.throughputP90()[i]) + "\n");
      out.write(time + ",items_done_rate,,,," + Numbers.csv(t.itemThroughput()[i]) + ",,\n");
    }
  }

  public static void writeFinished(TimelineSummary t, Writer out) throws IOException {
    out.write("replication,completed_at,time_in_system,cycle_time\n");
    for (double[] row : t.finished()) {
      out.write((long) row[0] + "," + Numbers.csv(row[1]) + "," + Numbers.csv(row[2]) + "," + Numbers.csv(row[3])
          + "\n");
    }
  }

  public static void writeWipAges(TimelineSummary t, Writer out) throws IOException {
    out.write("replication,state,stage,waiting,age\n");
    for (double[] row : t.wipAges()) {
      Timeline.State state = t.states().get((int) row[1]);
      out.write((long) row[0] + "," + Csv.field(state.name()) + "," + Csv.field(state.stage()) + ","
          + state.waiting() + "," + Numbers.csv(row[2]) + "\n");
    }
  }
}
