package dev.deliverysim.report;

import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.sweep.Bottleneck;
import dev.deliverysim.experiment.sweep.PointResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The rows of {@code sweep.csv} and {@code bottleneck.csv}, tidy: the parameter values lead each
 * row (one column per parameter, named by its path), so one {@code read_csv} gives a frame to
 * filter and pivot. Numbers are spelled as in every other output (shortest round-trip, empty for
 * "not measured"), which makes files from identical runs identical byte for byte.
 */
public final class SweepCsv {
  static final String METRIC_COLUMNS = "metric,station,class,unit,n,mean,sd,ci95_low,ci95_high";
  static final String BOTTLENECK_COLUMNS = "station,metric,mean,share,bottleneck";

  private SweepCsv() {}

  public static String header(List<String> paths) {
    return leading(paths) + METRIC_COLUMNS + "\n";
  }

  public static String bottleneckHeader(List<String> paths) {
    return leading(paths) + BOTTLENECK_COLUMNS + "\n";
  }

  /** One row per metric of the point. */
  public static void writeRows(PointResult point, Writer out) throws IOException {
    String lead = leading(point.values());
    for (MetricSummary m : point.summary().metrics()) {
      out.write(lead + String.join(",",
          Csv.field(m.key().name()), Csv.field(m.key().station()), Csv.field(m.key().jobClass()),
          Csv.field(m.key().unit()), Integer.toString(m.n()), Numbers.csv(m.mean()),
          Numbers.csv(m.sd()), Numbers.csv(m.ci95Low()), Numbers.csv(m.ci95High())));
      out.write('\n');
    }
  }

  /**
   * One row per station of the point: its mean level, the share of replications in which it was
   * the highest, and {@code bottleneck} true on the one with the highest mean.
   */
  public static void writeBottleneckRows(PointResult point, Writer out) throws IOException {
    String lead = leading(point.values());
    Bottleneck b = point.bottleneck();
    for (Bottleneck.Level level : b.levels()) {
      out.write(lead + String.join(",", Csv.field(level.station()), b.metric(),
          Numbers.csv(level.mean()), Numbers.csv(level.share()),
          Boolean.toString(level.station().equals(b.bottleneck()))));
      out.write('\n');
    }
  }

  private static String leading(List<String> fields) {
    StringBuilder text = new StringBuilder();
    fields.forEach(f -> text.append(Csv.field(f)).append(','));
    return text.toString();
  }
}
