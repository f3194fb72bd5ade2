package dev.deliverysim.report;

import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.experiment.sensitivity.Effect;
import dev.deliverysim.experiment.sensitivity.RankedParameter;
import dev.deliverysim.scenario.Assumptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code report.html} of a sensitivity analysis: what to improve first in a sentence, the
 * tornado chart, the ranking with every change's effect and interval, the assumptions, the manifest.
 */
public final class SensitivityReport {
  private SensitivityReport() {}

  public static void write(ResultsWriter dir, String scenario, String metric, String unit, List<RankedParameter> ranked,
      List<Double> changes, int replications, List<FlowCharts.Drawn> charts,
      List<Assumptions.Assumption> assumptions, Manifest manifest, java.util.Map<String, String> labels)
      throws IOException {
    HtmlReport html = new HtmlReport(scenario + ": what moves " + metric);
    html.muted("Each numeric parameter changed by " + changeList(changes) + ", one at a time, "
        + replications + " replications each, paired with the unchanged scenario on the same random"
        + " numbers. Effects are on " + metric + (unit.isEmpty() ? "" : " (" + unit + ")")
        + ", relative to its base mean, with 95% intervals.");
    html.lead(lead(metric, ranked, labels));
    ReportTables.charts(html, charts);
    html.heading("Ranking");
    List<String> headers = new ArrayList<>(List.of("rank", "parameter", "value"));
    changes.forEach(c -> headers.add(String.format(Locale.ROOT, "%+.0f%%", 100 * c)));
    List<List<String>> rows = new ArrayList<>();
    for (RankedParameter p : ranked) {
      List<String> row = new ArrayList<>(List.of(Integer.toString(p.rank()),
          labels.containsKey(p.parameter().path()) ? labels.get(p.parameter().path()) + " — " + p.parameter().path()
              : p.parameter().path(), p.parameter().text()));
      for (double c : changes) {
        row.add(p.effects().stream().filter(e -> e.change() == c).findFirst().map(SensitivityReport::effect).orElse("–"));
      }
      rows.add(row);
    }
    html.table(headers, rows);
    html.muted("Each cell: the change in " + metric + " and its 95% interval; \"skipped\" when the changed"
        + " value is not valid (the reason is in sensitivity.csv).");
    ReportTables.finish(html, "Assumptions: every value the scenario sets", assumptions, manifest, dir);
  }

  private static String lead(String metric, List<RankedParameter> ranked, java.util.Map<String, String> labels) {
    if (ranked.isEmpty() || ranked.get(0).strength() < 0) {
      return "No change of any parameter could be measured.";
    }
    RankedParameter top = ranked.get(0);
    Effect strongest = top.effects().stream().filter(e -> e.difference() != null
            && Double.isFinite(e.difference().relativeChange()))
        .max(java.util.Comparator.comparingDouble(e -> Math.abs(e.difference().relativeChange()))).orElseThrow();
    return String.format(Locale.ROOT, "%s moves %s most: changed by %+.0f%% (to %s), it changes %s by %s.",
        labels.getOrDefault(top.parameter().path(), top.parameter().path()), metric, 100 * strongest.appliedChange(), strongest.value(), metric,
        effect(strongest));
  }

  private static String effect(Effect e) {
    MetricDifference d = e.difference();
    if (d == null) {
      return "skipped";
    }
    if (!Double.isFinite(d.relativeChange())) {
      return "–";
    }
    return String.format(Locale.ROOT, "%+.1f%% [%+.1f, %+.1f]", 100 * d.relativeChange(), 100 * d.relativeLow(),
        100 * d.relativeHigh());
  }

  private static String changeList(List<Double> changes) {
    return String.join(", ", changes.stream().map(c -> String.format(Locale.ROOT, "%+.0f%%", 100 * c)).toList());
  }
}
