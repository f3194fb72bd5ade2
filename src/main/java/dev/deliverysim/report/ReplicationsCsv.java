package dev.deliverysim.report;

import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.ReplicationResult;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code replications.csv}: one row per replication, one column per metric, named by its label
 * ({@code utilisation@review}, {@code sojourn_mean#gold}).
 */
public final class ReplicationsCsv {
  private ReplicationsCsv() {}

  public static void write(RunRecord run, Writer out) throws IOException {
    StringBuilder header = new StringBuilder("replication,events");
    for (MetricKey key : run.catalog().keys()) {
      header.append(',').append(Csv.field(key.label()));
    }
    out.write(header.append('\n').toString());
    for (ReplicationResult r : run.replications()) {
      StringBuilder row = new StringBuilder();
      row.append(r.replication()).append(',').append(r.events());
      for (int i = 0; i < run.catalog().size(); i++) {
        row.append(',').append(Numbers.csv(r.value(i)));
      }
      out.write(row.append('\n').toString());
    }
  }
}
