package dev.deliverysim.cli;

import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.report.Amounts;
import dev.deliverysim.report.MoneyReport;
import dev.deliverysim.report.RunRecord;
import dev.deliverysim.scenario.Costs;
import java.io.PrintWriter;
import java.util.Locale;

/** The money {@code run} prints for a scenario with costs: each amount, mean and 95% interval. */
final class MoneyTable {
  private final PrintWriter out;

  MoneyTable(PrintWriter out) {
    this.out = out;
  }

  void print(RunRecord money, Costs costs) {
    out.printf(Locale.ROOT, "%n  %-32s %16s   %s%n", "money (" + costs.perPeriodUnit() + ")", "mean", "95% CI");
    MoneyReport.LABELS.forEach((name, label) -> {
      MetricSummary m = money.summary().metrics().stream().filter(s -> s.key().name().equals(name))
          .findFirst().orElse(null);
      if (m != null && (m.mean() != 0 || name.equals(dev.deliverysim.experiment.money.Money.TOTAL))) {
        out.printf(Locale.ROOT, "  %-32s %16s   %s%n", label, Amounts.full(m.mean(), costs.currency()),
            Double.isFinite(m.ci95Low()) ? "[" + Amounts.full(m.ci95Low(), costs.currency()) + ", "
                + Amounts.full(m.ci95High(), costs.currency()) + "]" : "");
      }
    });
    out.println();
  }
}
