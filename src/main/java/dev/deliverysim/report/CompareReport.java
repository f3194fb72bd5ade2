package dev.deliverysim.report;

import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.experiment.money.PricedComparison;
import dev.deliverysim.scenario.Assumptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code report.html} of a comparison: each variant's headline change in a sentence, where
 * the constraint sits in each scenario, the paired differences, the charts, what each variant
 * changes in the scenario, and the manifest.
 *
 * @param runs the base first, then each variant, each summarised as a run
 * @param assumptions each scenario's values, in the same order
 * @param money each scenario priced by its costs ({@link PricedComparison#NONE} without): a sentence
 *     per variant and the CFO's table
 * @param answers each variant's answer ({@link CompareAnswer}), which opens the page
 * @param notes sentences about how the comparison ran (replications to a target precision; input
 *     uncertainty), after the answers; none usually
 */
public record CompareReport(List<RunRecord> runs, Map<String, List<MetricDifference>> byVariant,
    List<String> headline, List<List<Assumptions.Assumption>> assumptions, PricedComparison money,
    Map<String, String> answers, List<String> notes) {

  public CompareReport(List<RunRecord> runs, Map<String, List<MetricDifference>> byVariant, List<String> headline,
      List<List<Assumptions.Assumption>> assumptions, PricedComparison money, Map<String, String> answers) {
    this(runs, byVariant, headline, assumptions, money, answers, List.of());
  }

  public void write(ResultsWriter dir, List<FlowCharts.Drawn> charts, Manifest manifest) throws IOException {
    String base = runs.get(0).scenarioName();
    HtmlReport html = new HtmlReport(base + " compared with " + String.join(", ", byVariant.keySet()));
    answers.values().forEach(html::lead);
    html.muted(runs.get(0).summary().replications() + " replications of each scenario, seed "
        + runs.get(0).seed() + ", paired: every scenario sees the same random numbers, so each"
        + " difference is measured replication by replication. Means with 95% intervals.");
    notes.forEach(html::paragraph);
    if (money.present()) {
      html.heading("For the CFO: what each variant costs and buys, " + money.perPeriod());
      money.byVariant().keySet().forEach(v -> html.paragraph(MoneyReport.sentence(money, base, v)));
      MoneyReport.cfoTable(html, money);
      html.muted("Changes against " + base + " per " + money.perPeriod().substring(money.perPeriod().indexOf('/') + 1)
          + ", with paired 95% intervals: every scenario runs on the same random numbers, so each change"
          + " is measured replication by replication. The return is the net change per unit of extra"
          + " spending. Prices come from each scenario's costs section (see its assumptions below);"
          + " every amount, for every variant, is in money-comparison.csv."
          + (money.unpriced().isEmpty() ? "" : " Not priced against the base: "
              + String.join(", ", money.unpriced()) + "."));
    }
    ReportTables.charts(html, charts);
    html.heading("Where the constraint is");
    html.table(List.of("scenario", "verdict"),
        runs.stream().map(r -> List.of(r.scenarioName(), RunReport.verdict(r))).toList());
    html.heading("Paired differences");
    List<List<String>> rows = new ArrayList<>();
    byVariant.forEach((variant, differences) -> {
      for (String label : headline) {
        differences.stream().filter(d -> d.key().label().equals(label)).findFirst().ifPresent(d ->
            rows.add(List.of(variant, MetricWords.label(d.key()), MetricWords.cell(d.baseMean(), d.key()),
                MetricWords.cell(d.variantMean(), d.key()), MetricWords.signed(d.difference(), d.key()),
                "[" + MetricWords.signed(d.ci95Low(), d.key()) + ", " + MetricWords.signed(d.ci95High(), d.key()) + "]",
                percent(d.relativeChange()), reading(d))));
      }
    });
    html.table(List.of("variant", "metric (unit)", base, "variant", "difference", "95% CI of the difference",
        "change (% of " + base + ")", "reading"), rows);
    html.muted(String.format(Locale.ROOT, "Real: the paired 95%% interval excludes zero and the change is at least"
        + " %.0f%% of the base. Negligible: the interval excludes zero, but the change is under %.0f%% — certain,"
        + " and too small to matter. Unclear: the interval includes zero. Every metric, for every variant, is"
        + " in comparison.csv.", 100 * CompareAnswer.NEGLIGIBLE, 100 * CompareAnswer.NEGLIGIBLE));
    html.heading("What each variant changes");
    for (int v = 1; v < runs.size(); v++) {
      html.paragraph(runs.get(v).scenarioName() + ": " + runs.get(v).description());
      ReportTables.assumptions(html, changed(assumptions.get(0), assumptions.get(v)));
    }
    ReportTables.finish(html, "Assumptions of " + base + ": every value it sets", assumptions.get(0),
        manifest, dir);
  }

  /** The variant's values that the base does not set, or sets to something else. */
  static List<Assumptions.Assumption> changed(List<Assumptions.Assumption> base, List<Assumptions.Assumption> variant) {
    return variant.stream().filter(a -> base.stream().noneMatch(b ->
        b.path().equals(a.path()) && Objects.equals(b.value(), a.value()))).toList();
  }

  private static String reading(MetricDifference d) {
    return switch (CompareAnswer.verdict(d)) {
      case REAL -> "real";
      case NEGLIGIBLE -> "negligible";
      case UNCLEAR -> "unclear";
    };
  }

  private static String percent(double fraction) {
    return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%+.1f%%", 100 * fraction) : "–";
  }
}
