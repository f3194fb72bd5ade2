package dev.deliverysim.report;

import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.experiment.money.PricedComparison;
import dev.deliverysim.experiment.money.VariantReturn;
import dev.deliverysim.model.Dimension;
import dev.deliverysim.model.MetricNames;
import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.delivery.FeatureSource;
import dev.deliverysim.scenario.Scenario;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The answer to a comparison in one sentence, first: what moved most, in a leader's words and
 * units, and at what price (what got worse, and the money when the scenarios are priced). A change
 * whose paired interval excludes zero but which is smaller than {@link #NEGLIGIBLE} of the base is
 * negligible in practice and never leads; when throughput is capped by the work coming in, the
 * answer says so and leads with what moves instead (cycle time, time in review).
 */
public final class CompareAnswer {
  /** The practical threshold: a change under 2% of the base is negligible, however certain. */
  public static final double NEGLIGIBLE = 0.02;
  /** Delivered within this share of what arrived: departures equal arrivals. */
  static final double DEMAND_MATCH = 0.05;
  /** Every team and machine gate below this utilisation: capacity to spare. */
  static final double SPARE_UTILISATION = 0.9;

  /** How a paired difference reads to a leader. */
  public enum Verdict {
    /** Its interval excludes zero and it is at least the practical threshold. */
    REAL,
    /** Its interval excludes zero, but it is under the practical threshold. */
    NEGLIGIBLE,
    /** Its interval includes zero: not distinguishable from no change. */
    UNCLEAR
  }

  private CompareAnswer() {}

  public static Verdict verdict(MetricDifference d) {
    if (!d.excludesZero()) {
      return Verdict.UNCLEAR;
    }
    return Double.isFinite(d.relativeChange()) && Math.abs(d.relativeChange()) < NEGLIGIBLE
        ? Verdict.NEGLIGIBLE : Verdict.REAL;
  }

  /**
   * Why throughput cannot move, or null when it can: the scenario's features arrive as a stream,
   * it delivers within 5% of what arrives, and every team and machine gate is under 90% busy.
   */
  public static String demandCap(Scenario scenario, Summary summary) {
    if (!(scenario.body() instanceof Scenario.DeliveryBody delivery)
        || !(delivery.delivery().work().source() instanceof FeatureSource.Arrivals arrivals)) {
      return null;
    }
    double arriving = scenario.outputUnit().hours() / arrivals.interarrival().mean();
    MetricSummary delivered = summary.get(MetricNames.FEATURES_DELIVERED);
    if (delivered == null || !(Math.abs(delivered.mean() / arriving - 1) <= DEMAND_MATCH)) {
      return null;
    }
    double busiest = summary.metrics().stream()
        .filter(m -> m.key().name().equals(MetricNames.UTILISATION) && !m.key().station().isEmpty())
        .mapToDouble(MetricSummary::mean).filter(Double::isFinite).max().orElse(0);
    if (!(busiest < SPARE_UTILISATION)) {
      return null;
    }
    return String.format(Locale.ROOT, "the work coming in sets throughput (%s features a %s arrive, %s are"
        + " delivered; the busiest team or machine is %.0f%% busy)", ReportTables.number(arriving),
        OutputUnit.word(scenario.outputUnit().symbol()), ReportTables.number(delivered.mean()), 100 * busiest);
  }

  /**
   * The answer for one variant: what moved most and at what price.
   *
   * @param headline the metrics an answer may name (the model's headline)
   * @param demandCap why throughput cannot move (from {@link #demandCap}, for base and variant
   *     alike), or null
   * @param money the comparison's money; a variant it prices gets its spending and net
   * @param unit the unit of the results' times and rates
   */
  public static String answer(String base, String variant, List<MetricDifference> differences,
      List<String> headline, String demandCap, PricedComparison money, OutputUnit unit) {
    return answer(base, variant, base, variant, differences, headline, demandCap, money, unit);
  }

  /**
   * The same, with base and variant called by the words a reader knows them by ({@code baseShown},
   * {@code variantShown}: a scenario's label, or a {@code --set-variant}'s settings in words);
   * {@code variant} is still its name, which finds its money.
   */
  public static String answer(String base, String variant, String baseShown, String variantShown,
      List<MetricDifference> differences, List<String> headline, String demandCap, PricedComparison money,
      OutputUnit unit) {
    List<MetricDifference> movers = differences.stream()
        .filter(d -> headline.contains(d.key().label()) && MetricWords.judged(d.key()))
        .filter(d -> verdict(d) == Verdict.REAL && Double.isFinite(d.relativeChange()))
        .filter(d -> demandCap == null || !MetricWords.THROUGHPUT.contains(d.key().name()))
        .sorted(Comparator.comparingDouble((MetricDifference d) -> -Math.abs(d.relativeChange()))).toList();
    List<MetricDifference> better = movers.stream().filter(CompareAnswer::better).toList();
    List<MetricDifference> worse = movers.stream().filter(d -> !better(d)).toList();
    StringBuilder s = new StringBuilder(variantShown + " against " + baseShown + ": ");
    if (movers.isEmpty()) {
      s.append(String.format(Locale.ROOT, "nothing moved by %.0f%% or more", 100 * NEGLIGIBLE));
    } else {
      List<MetricDifference> first = better.isEmpty() ? worse : better;
      MetricDifference lead = first.get(0);
      s.append(MetricWords.name(lead.key())).append(' ').append(fromTo(lead, unit.hours())).append(' ').append(percentWithInterval(lead));
      // a second mover, unless it only restates the first (tasks coded beside features delivered)
      first.stream().skip(1).filter(d -> !(MetricWords.THROUGHPUT.contains(lead.key().name())
          && MetricWords.THROUGHPUT.contains(d.key().name()))).findFirst()
          .ifPresent(d -> s.append(", ").append(shortly(d)));
      if (!better.isEmpty() && !worse.isEmpty()) {
        s.append(", but ").append(shortly(worse.get(0)));
      }
    }
    if (money.present() && money.byVariant().containsKey(variant)) {
      VariantReturn r = VariantReturn.of(money, variant);
      String per = money.perPeriod().substring(money.perPeriod().indexOf('/') + 1);
      s.append("; spending ").append(Amounts.compactSigned(r.spending().difference(), money.currency()))
          .append(" a ").append(per).append(", net ").append(Amounts.compactSigned(r.net().difference(), money.currency()));
    }
    s.append('.');
    if (demandCap != null) {
      s.append(" Features delivered hardly move: ").append(demandCap).append('.');
    }
    return s.toString();
  }

  private static String shortly(MetricDifference d) {
    return MetricWords.name(d.key()) + " " + percent(d.relativeChange());
  }

  /** True when the change is for the better (a time down, throughput up). */
  static boolean better(MetricDifference d) {
    return MetricWords.moreIsBetter(d.key()) == (d.difference() > 0);
  }

  /** "1.17 → 1.09 weeks", "4 → 4.1 a week"; times both under one unit in hours: "8.6 → 7 hours". */
  private static String fromTo(MetricDifference d, double unitHours) {
    if (d.key().dimension() == Dimension.TIME && unitHours > 1
        && Math.abs(d.baseMean()) < 1 && Math.abs(d.variantMean()) < 1) {
      return ReportTables.number(d.baseMean() * unitHours) + " → " + ReportTables.number(d.variantMean() * unitHours)
          + " hours";
    }
    return MetricWords.value(d.baseMean(), d.key()).replaceFirst(" .*", "") + " → "
        + MetricWords.value(d.variantMean(), d.key());
  }

  private static String percentWithInterval(MetricDifference d) {
    return String.format(Locale.ROOT, "(%s, 95%% CI %s … %s)", percent(d.relativeChange()), percent(d.relativeLow()),
        percent(d.relativeHigh()));
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%+.1f%%", 100 * fraction);
  }
}
