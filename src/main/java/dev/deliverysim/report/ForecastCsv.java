package dev.deliverysim.report;

import dev.deliverysim.experiment.forecast.ForecastRow;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code forecast.csv}: tidy, one row per answer (a percentile, a probability, a count), the same
 * columns for the simulated and the history-based modes so both can be stacked and compared.
 */
public final class ForecastCsv {
  public static final String FILE = "forecast.csv";
  static final String HEADER = "mode,quantity,percentile,value,unit,date";

  private ForecastCsv() {}

  public static void write(List<ForecastRow> rows, Writer out) throws IOException {
    out.write(HEADER);
    out.write('\n');
    for (ForecastRow r : rows) {
      out.write(String.join(",", Csv.field(r.mode()), Csv.field(r.quantity()), Csv.field(r.percentile()),
          Numbers.csv(r.value()), Csv.field(r.unit()), r.date() == null ? "" : r.date().toString()));
      out.write('\n');
    }
  }
}
