package dev.deliverysim.report;

import dev.deliverysim.experiment.forecast.ForecastRow;
import dev.deliverysim.scenario.Assumptions;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The {@code report.html} of a forecast: the answer in a sentence, the completion-date chart, the
 * rows of {@code forecast.csv} as a table, the assumptions (simulated mode) and the manifest.
 */
public final class ForecastReport {
  private ForecastReport() {}

  public static void write(ResultsWriter dir, String name, String heading, List<String> warnings, List<ForecastRow> rows,
      List<FlowCharts.Drawn> charts, List<Assumptions.Assumption> assumptions, Manifest manifest) throws IOException {
    HtmlReport html = new HtmlReport(name + ": forecast");
    html.muted(heading);
    html.lead(answer(rows));
    warnings.forEach(w -> html.paragraph("Warning: " + w));
    ReportTables.charts(html, charts);
    html.heading("The forecast");
    html.table(List.of("mode", "quantity", "percentile", "value", "unit", "date"), rows.stream().map(r -> List.of(
        r.mode(), r.quantity(), r.percentile(), ReportTables.number(r.value()), r.unit(),
        r.date() == null ? "" : r.date().toString())).toList());
    html.muted("Percentiles are nearest-rank: the p85 date is a date by which at least 85% of the trials"
        + " were done. A percentile that falls among trials not done by the horizon has no date.");
    ReportTables.finish(html, "Assumptions: every value the scenario sets", assumptions, manifest, dir);
  }

  private static String answer(List<ForecastRow> rows) {
    StringBuilder text = new StringBuilder();
    rows.stream().filter(r -> r.quantity().equals("completion") && r.percentile().equals("p85")).findFirst()
        .ifPresent(r -> text.append(r.date() != null ? "85% of the trials are done by " + r.date() + "."
            : "Fewer than 85% of the trials are done by the horizon."));
    rows.stream().filter(r -> r.quantity().equals("probability_by_target")).findFirst()
        .ifPresent(r -> text.append(String.format(Locale.ROOT, " The chance of being done by %s is %s.",
            r.date(), ForecastTable.chance(r.value()))));
    return text.length() == 0 ? "No completion could be forecast." : text.toString().strip();
  }
}
