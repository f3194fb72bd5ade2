package dev.deliverysim.report;

import dev.deliverysim.experiment.InputUncertainty;
import dev.deliverysim.scenario.Uncertainty;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A run with uncertain inputs, read back: how much of each metric's spread comes from the inputs
 * and how much from the simulation's noise ({@code uncertainty.csv}, a report section, a sentence),
 * and the inputs each outer draw took ({@code draws.csv}).
 */
public final class UncertaintyReport {
  public static final String CSV = "uncertainty.csv";
  public static final String DRAWS_CSV = "draws.csv";
  static final String HEADER = "metric,station,class,unit,draws,replications_per_draw,mean,ci95_low,ci95_high,"
      + "sd_input,sd_noise,input_share,draw_p05,draw_p50,draw_p95";

  private UncertaintyReport() {}

  /** One row per metric: the split and the range of the draws' means. */
  public static void csv(List<InputUncertainty.Split> splits, Writer out) throws IOException {
    out.write(HEADER + "\n");
    for (InputUncertainty.Split s : splits) {
      out.write(String.join(",", Csv.field(s.key().name()), Csv.field(s.key().station()), Csv.field(s.key().jobClass()),
          Csv.field(s.key().unit()), Integer.toString(s.draws()), Integer.toString(s.perDraw()), Numbers.csv(s.mean()),
          Numbers.csv(s.ci95Low()), Numbers.csv(s.ci95High()), Numbers.csv(s.sdInput()), Numbers.csv(s.sdNoise()),
          Numbers.csv(s.inputShare()), Numbers.csv(s.drawP05()), Numbers.csv(s.drawP50()), Numbers.csv(s.drawP95())));
      out.write('\n');
    }
  }

  /**
   * One row per outer draw: its index, its replications ({@code first_replication} and the next
   * {@code replications − 1}) and each input's value — durations in hours and rates per hour, as a
   * plain number means in a scenario.
   */
  public static void draws(Uncertainty uncertainty, long seed, int replications, Writer out) throws IOException {
    List<String> header = new ArrayList<>(List.of("draw", "first_replication", "replications"));
    uncertainty.inputs().forEach(i -> header.add(Csv.field(i.path())));
    out.write(String.join(",", header) + "\n");
    int k = uncertainty.perDraw();
    for (int d = 0; d * k < replications; d++) {
      List<String> row = new ArrayList<>(List.of(Integer.toString(d), Integer.toString(d * k),
          Integer.toString(Math.min(k, replications - d * k))));
      for (double v : uncertainty.draw(seed, d)) {
        row.add(Numbers.csv(v));
      }
      out.write(String.join(",", row) + "\n");
    }
  }

  /**
   * "Of the spread of cycle time (p85) from one replication to the next, 78% comes from the
   * uncertain inputs and 22% from the simulation's own noise; the draws' means run from 1.02 to
   * 1.31 weeks (5% … 95%)."
   */
  public static String sentence(InputUncertainty.Split s) {
    String name = MetricWords.name(s.key()).equals(s.key().label()) ? MetricWords.label(s.key())
        : MetricWords.name(s.key());
    String unit = name.equals(MetricWords.name(s.key())) ? MetricWords.unit(s.key()) : "";
    String range = MetricWords.cell(s.drawP05(), s.key()) + " to " + MetricWords.cell(s.drawP95(), s.key())
        + (unit.isEmpty() || unit.equals("%") ? "" : " " + unit) + " (5% … 95%)";
    if (!Double.isFinite(s.inputShare())) {
      return "Over the inputs' ranges, the draws' means of " + name + " run from " + range + ".";
    }
    return String.format(Locale.ROOT, "Of the spread of %s from one replication to the next, %.0f%% comes from the"
        + " uncertain inputs and %.0f%% from the simulation's own noise; the draws' means run from %s.",
        name, 100 * s.inputShare(), 100 * (1 - s.inputShare()), range);
  }

  /** The report's section: the inputs and their laws, then the headline metrics split. */
  public static void section(HtmlReport html, Uncertainty uncertainty, List<InputUncertainty.Split> splits,
      List<String> headline) {
    html.heading("Uncertain inputs: what the ranges do to the answer");
    html.muted(uncertainty.inputs().size() + " input(s) drawn once per outer draw, the same for "
        + uncertainty.perDraw() + " replication(s) in a row, which differ only in the simulation's noise"
        + " (second-order Monte Carlo). Means' 95% intervals here and in summary.json come from the draws' means.");
    html.table(List.of("input", "law", "mean"), uncertainty.inputs().stream().map(i -> List.of(
        i.label().equals(i.path()) ? i.path() : i.label() + " — " + i.path(), law(i), value(i.mean(), i))).toList());
    List<InputUncertainty.Split> shown = splits.stream().filter(s -> headline.contains(s.key().label())).toList();
    sentences(splits, headline, 1).forEach(html::lead);
    List<List<String>> rows = new ArrayList<>();
    for (InputUncertainty.Split s : shown) {
      rows.add(List.of(MetricWords.label(s.key()), MetricWords.cell(s.mean(), s.key()),
          "[" + MetricWords.cell(s.ci95Low(), s.key()) + ", " + MetricWords.cell(s.ci95High(), s.key()) + "]",
          MetricWords.cell(s.sdInput(), s.key()), MetricWords.cell(s.sdNoise(), s.key()),
          Double.isFinite(s.inputShare()) ? String.format(Locale.ROOT, "%.0f%%", 100 * s.inputShare()) : "–",
          MetricWords.cell(s.drawP05(), s.key()) + " … " + MetricWords.cell(s.drawP95(), s.key())));
    }
    html.table(List.of("metric", "mean", "95% CI (over draws)", "sd from the inputs", "sd from noise",
        "share from the inputs", "draws' means, 5% … 95%"), rows);
    html.muted("sd from the inputs: how much the metric's expected value moves across the inputs' ranges;"
        + " sd from noise: how much one replication varies at fixed inputs (one-way random-effects analysis of"
        + " variance over the draws). Every metric is in uncertainty.csv; each draw's inputs in draws.csv.");
  }

  private static String law(Uncertainty.Input i) {
    String min = value(i.min(), i);
    String max = value(i.max(), i);
    String shape = i.triangular() ? "triangular " + min + " / " + value(i.mode(), i) + " / " + max
        : "uniform " + min + " … " + max;
    return shape + (i.whole() ? ", whole numbers" : "");
  }

  private static String value(double v, Uncertainty.Input i) {
    return MetricWords.number(v) + switch (i.kind()) {
      case NUMBER -> "";
      case DURATION -> " h";
      case RATE -> "/h";
    };
  }

  /**
   * One sentence for each of the {@code most} headline metrics the inputs move most (by their
   * share of the spread): what the uncertainty is about, first.
   */
  public static List<String> sentences(List<InputUncertainty.Split> splits, List<String> headline, int most) {
    return splits.stream().filter(s -> headline.contains(s.key().label()))
        .sorted(java.util.Comparator.comparingDouble((InputUncertainty.Split s) ->
            Double.isFinite(s.inputShare()) ? -s.inputShare() : 1))
        .limit(most).map(UncertaintyReport::sentence).toList();
  }
}
