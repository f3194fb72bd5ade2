package dev.deliverysim.report;

import dev.deliverysim.experiment.calibrate.Backtest;
import dev.deliverysim.experiment.forecast.ForecastRow;
import dev.deliverysim.scenario.Assumptions;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The files of {@code calibrate} beside the fitted scenario: {@code backtest.csv} (one row per value
 * compared) and {@code report.html} — the verdict in a sentence, the backtest chart and table, what
 * was fitted from which data, the scenario's values with their notes, and the manifest.
 */
public final class CalibrationReport {
  public static final String CSV = "backtest.csv";
  static final String HEADER = "period,metric,unit,observed,model_median,model_low,model_high,inside,observations";

  private CalibrationReport() {}

  public static void csv(List<Backtest.Row> rows, Writer w) throws IOException {
    w.write(HEADER + "\n");
    for (Backtest.Row r : rows) {
      w.write(String.join(",", r.period(), r.metric(), r.unit(), num(r.observed()), num(r.modelMedian()), num(r.low()),
          num(r.high()), r.comparable() ? Boolean.toString(r.inside()) : "", Integer.toString(r.observations())) + "\n");
    }
  }

  /**
   * @param fitted one line per fitted quantity: what, value, where from
   * @param authors one line per author: name or pseudonym, changes, share
   * @param forecastHeading, forecast, forecastItems what the history forecasts (forecast.csv's rows), for how many changes
   * @param notes warnings from reading the data, shown as they are
   */
  public static void write(ResultsWriter dir, String name, String heading, List<Backtest.Row> rows,
      List<List<String>> fitted, List<List<String>> authors, String forecastHeading, List<ForecastRow> forecast,
      int forecastItems,
      List<String> notes, List<FlowCharts.Drawn> charts,
      String scenarioFile,
      List<Assumptions.Assumption> assumptions, Manifest manifest) throws IOException {
    HtmlReport html = new HtmlReport(name + ": calibrated from data");
    html.muted(heading);
    html.lead(verdict(rows));
    html.paragraph(forecastSentence(forecast, forecastItems));
    ReportTables.charts(html, charts);
    html.heading("Backtest");
    html.table(List.of("period", "value", "observed", "model median", "model 95% band", "fits?", "observations"),
        rows.stream().map(r -> List.of(r.period(), r.metric() + " (" + r.unit() + ")", ReportTables.number(r.observed()),
            ReportTables.number(r.modelMedian()), "[" + ReportTables.number(r.low()) + ", "
                + ReportTables.number(r.high()) + "]",
            !r.comparable() ? "not comparable" : r.inside() ? "yes" : "NO", Integer.toString(r.observations())))
            .toList());
    html.muted("The band is the central 95% of the replications, each a simulated period as long as the observed"
        + " one: if the model were right, an observed value would fall outside it one time in twenty. Cycle time"
        + " and pickup are in working hours (weekdays, hours_per_day of each 24). 'held-out' is the last part of"
        + " the history, not used for fitting: the honest test.");
    html.heading("Forecast");
    html.muted(forecastHeading);
    html.table(List.of("quantity", "percentile", "value", "unit", "date"), forecast.stream()
        .filter(r -> !r.quantity().equals("trials"))
        .map(r -> List.of(r.quantity(), r.percentile(), r.unit().equals("1") ? ForecastTable.chance(r.value())
            : ReportTables.number(r.value()), r.unit().equals("1") ? "" : r.unit(),
            r.date() == null ? "" : r.date().toString())).toList());
    html.muted("Drawn as forecast --history draws it: each trial replays past weeks, picked at random, so the"
        + " future is assumed to look like the whole history. Completion is in weeks from the start; a chance is"
        + " never said as 100% (the future can surprise), and low95/high95 are its 95% Wilson interval over the"
        + " trials. items_by_date p15 is the cautious count: 85% of the trials finish at least that many. The same"
        + " rows are in forecast.csv.");
    html.heading("Fitted from the data");
    html.table(List.of("quantity", "value", "from"), fitted);
    html.heading("Who finished the changes");
    html.muted("Authors are pseudonyms (the same person, the same pseudonym, run after run) unless calibrate was"
        + " given --keep-names. The scenario's headcount is the mean number active in a week.");
    html.table(List.of("author", "changes", "share"), authors);
    if (!notes.isEmpty()) {
      html.heading("Notes on the data");
      notes.forEach(html::paragraph);
    }
    html.paragraph("The fitted scenario is " + scenarioFile + " in this folder: run it, or extend it to ask"
        + " what if (deliverysim compare).");
    ReportTables.finish(html, "The fitted scenario: every value and where it came from", assumptions, manifest, dir);
  }

  /** {@code At the history's pace, 8 changes or more in the 4 weeks to …; the next 10 by … (85%); …}. */
  static String forecastSentence(List<ForecastRow> rows, int items) {
    ForecastRow cautious = find(rows, "items_by_date", "p15");
    ForecastRow likely = find(rows, "items_by_date", "p50");
    ForecastRow p85 = find(rows, "completion", "p85");
    ForecastRow chance = find(rows, "probability_by_target", "");
    StringBuilder s = new StringBuilder("Forecast at the history's pace: ");
    if (likely != null && cautious != null) {
      s.append(String.format(Locale.ROOT, "by %s, %d changes likely (median), at least %d in 85%% of the trials",
          likely.date(), (long) likely.value(), (long) cautious.value()));
    }
    if (p85 != null && p85.date() != null) {
      s.append("; the next ").append(items).append(" done by ").append(p85.date()).append(" in 85% of the trials");
    }
    if (chance != null) {
      s.append("; chance of finishing them by ").append(chance.date()).append(": ")
          .append(ForecastTable.chance(chance.value()));
    }
    return s.append('.').toString();
  }

  private static ForecastRow find(List<ForecastRow> rows, String quantity, String percentile) {
    return rows.stream().filter(r -> r.quantity().equals(quantity) && r.percentile().equals(percentile)).findFirst()
        .orElse(null);
  }

  static String verdict(List<Backtest.Row> rows) {
    List<String> misses = new ArrayList<>();
    int compared = 0;
    for (Backtest.Row r : rows) {
      if (r.comparable()) {
        compared++;
        if (!r.inside()) {
          misses.add(String.format(Locale.ROOT, "%s (%s): observed %s %s, model %s–%s", r.metric(), r.period(),
              ReportTables.number(r.observed()), r.unit(), ReportTables.number(r.low()), ReportTables.number(r.high())));
        }
      }
    }
    if (compared == 0) {
      return "Nothing could be compared: the data has no finished changes in the period.";
    }
    if (misses.isEmpty()) {
      return "The model fits: all " + compared + " values compared lie inside the model's 95% bands.";
    }
    return "The model does not fit " + misses.size() + " of " + compared + " values: " + String.join("; ", misses)
        + ".";
  }

  private static String num(double v) {
    return Double.isFinite(v) ? Numbers.csv(v) : "";
  }
}
