package dev.deliverysim.report;

import dev.deliverysim.experiment.MetricSummary;
import java.io.IOException;
import java.io.Writer;

/** {@code summary.csv}: one row per metric × station × class — tidy, ready for pandas or R. */
public final class SummaryCsv {
  static final String HEADER = "metric,station,class,unit,n,mean,sd,ci95_low,ci95_high,p50,p85,p95";

  private SummaryCsv() {}

  public static void write(RunRecord run, Writer out) throws IOException {
    out.write(HEADER);
    out.write('\n');
    for (MetricSummary m : run.summary().metrics()) {
      out.write(
          String.join(
              ",",
              Csv.field(m.key().name()),
              Csv.field(m.key().station()),
              Csv.field(m.key().jobClass()),
              Csv.field(m.key().unit()),
              Integer.toString(m.n()),
              Numbers.csv(m.mean()),
              Numbers.csv(m.sd()),
              Numbers.csv(m.ci95Low()),
              Numbers.csv(m.ci95High()),
              Numbers.csv(m.p50()),
              Numbers.csv(m.p85()),
              Numbers.csv(m.p95())));
      out.write('\n');
    }
  }
}
