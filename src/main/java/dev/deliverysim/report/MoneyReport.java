package dev.deliverysim.report;

import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.experiment.money.Money;
import dev.deliverysim.experiment.money.PricedComparison;
import dev.deliverysim.experiment.money.VariantReturn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Money in words a finance reader uses: a run's costs and value per period, and for a comparison
 * the CFO's table — what each variant spends, what it buys, the net and the return, each change
 * with its paired 95% interval.
 */
public final class MoneyReport {
  /** The money metrics as a finance reader names them, in the order they are shown. */
  public static final Map<String, String> LABELS = labels();

  private MoneyReport() {}

  private static Map<String, String> labels() {
    Map<String, String> l = new java.util.LinkedHashMap<>();
    l.put(Money.PEOPLE, "People (loaded cost)");
    l.put(Money.AI_SEATS, "AI seats");
    l.put(Money.CI, "CI minutes");
    l.put(Money.DOWNTIME, "Incident downtime");
    l.put(Money.DELAY, "Cost of delay");
    l.put(Money.TOTAL, "Total cost");
    l.put(Money.PER_FEATURE, "Cost per feature delivered");
    l.put(Money.VALUE, "Value delivered");
    l.put(Money.NET, "Net value (value − total cost)");
    l.put(Money.SPENDING, "Spending (people, AI seats, CI)");
    return java.util.Collections.unmodifiableMap(l);
  }

  /**
   * A run's money: a sentence (cost per feature, total cost, value), then one row per amount that is
   * not zero, mean and 95% interval, in the scenario's currency.
   */
  public static void runTable(HtmlReport html, Summary money, String currency) {
    MetricSummary total = money.get(Money.TOTAL);
    MetricSummary perFeature = money.get(Money.PER_FEATURE);
    MetricSummary value = money.get(Money.VALUE);
    String per = total.key().unit().substring(total.key().unit().indexOf('/') + 1);
    html.lead("Each feature delivered costs " + Amounts.full(perFeature.mean(), currency) + "; in all "
        + Amounts.full(total.mean(), currency) + " a " + per + (value.mean() != 0 ? ", for "
        + Amounts.full(value.mean(), currency) + " of features delivered" : "") + ".");
    List<List<String>> rows = new ArrayList<>();
    LABELS.forEach((name, label) -> {
      MetricSummary m = money.metrics().stream().filter(s -> s.key().name().equals(name)).findFirst().orElse(null);
      if (m != null && (m.mean() != 0 || name.equals(Money.TOTAL))) {
        rows.add(List.of(label, Amounts.full(m.mean(), currency), Double.isFinite(m.ci95Low())
            ? Amounts.full(m.ci95Low(), currency) + " … " + Amounts.full(m.ci95High(), currency) : "–",
            m.key().unit()));
      }
    });
    html.table(List.of("", "mean", "95% CI", "unit"), rows);
  }

  /** One sentence per priced variant: what it spends, what it buys, and the net, per period. */
  public static String sentence(PricedComparison money, String base, String variant) {
    VariantReturn r = VariantReturn.of(money, variant);
    String c = money.currency();
    String per = " a " + money.perPeriod().substring(money.perPeriod().indexOf('/') + 1);
    return variant + " against " + base + ": spending " + Amounts.compactSigned(r.spending().difference(), c) + per
        + "; value delivered " + interval(r.value(), c) + "; downtime and delay "
        + Amounts.compactSigned(r.losses(), c) + "; net " + interval(r.net(), c) + per
        + (Double.isFinite(r.roi()) ? "; return on the extra spending " + roi(r) : "") + ".";
  }

  /** The CFO's table: one row per priced variant, every change paired with the base. */
  public static void cfoTable(HtmlReport html, PricedComparison money) {
    String c = money.currency();
    List<List<String>> rows = new ArrayList<>();
    for (String variant : money.byVariant().keySet()) {
      VariantReturn r = VariantReturn.of(money, variant);
      rows.add(List.of(variant, interval(r.spending(), c), Amounts.compactSigned(r.losses(), c),
          interval(r.value(), c), interval(r.net(), c), roi(r)));
    }
    html.table(List.of("variant", "extra spending (people, AI seats, CI)", "downtime and delay",
        "value delivered", "net (value − all costs)", "return on the extra spending"), rows);
  }

  /** "1.8× (1.5× … 2.1×)", or why there is none. */
  static String roi(VariantReturn r) {
    if (!Double.isFinite(r.roi())) {
      return r.spending().difference() < 0 ? "spends less" : "no extra spending";
    }
    return times(r.roi()) + " (" + times(r.roiLow()) + " … " + times(r.roiHigh()) + ")";
  }

  private static String times(double x) {
    return String.format(Locale.ROOT, "%.2f×", x).replace('-', '−');
  }

  /** The change with its interval; the change alone when it is certain (a price × a headcount). */
  private static String interval(MetricDifference d, String currency) {
    boolean certain = d.ci95High() - d.ci95Low() <= 1e-9 * Math.max(1, Math.abs(d.difference()));
    return Double.isFinite(d.ci95Low()) && !certain
        ? Amounts.withInterval(d.difference(), d.ci95Low(), d.ci95High(), currency)
        : Amounts.compactSigned(d.difference(), currency);
  }
}
