package dev.deliverysim.experiment.money;

import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.experiment.InputUncertainty;
import dev.deliverysim.experiment.PairedComparison;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The money of a comparison: each priced scenario's amounts, and each priced variant's paired
 * differences from the base, replication by replication (common random numbers), so the change in
 * money has the same tight interval as the change in the metrics it comes from.
 *
 * @param byScenario each priced scenario's money, summarised, base first
 * @param byVariant each priced variant's paired differences in money from the base
 * @param unpriced variants that cannot be set against the base in money: no {@code costs}, or
 *     another currency or period
 * @param currency the base's currency label
 * @param perPeriod the base's unit of amounts per period, such as {@code USD/quarter}
 */
public record PricedComparison(Map<String, Summary> byScenario, Map<String, List<MetricDifference>> byVariant,
    List<String> unpriced, String currency, String perPeriod) {

  /** A comparison whose base has no {@code costs}: no money at all. */
  public static final PricedComparison NONE = new PricedComparison(Map.of(), Map.of(), List.of(), "", "");

  public PricedComparison {
    byScenario = Collections.unmodifiableMap(new LinkedHashMap<>(byScenario));
    byVariant = Collections.unmodifiableMap(new LinkedHashMap<>(byVariant));
    unpriced = List.copyOf(unpriced);
  }

  public boolean present() {
    return !byScenario.isEmpty();
  }

  /**
   * Prices the base (first) and every variant and pairs each variant's money with the base's.
   *
   * @param catalogs each scenario's metric catalogue, in the same order as {@code scenarios}
   * @param results each scenario's replications, the same indices in the same order
   */
  public static PricedComparison of(List<Scenario> scenarios, List<MetricCatalog> catalogs,
      List<List<ReplicationResult>> results) {
    Scenario base = scenarios.get(0);
    if (!Money.priced(base)) {
      return NONE;
    }
    Map<String, Summary> byScenario = new LinkedHashMap<>();
    Map<String, List<MetricDifference>> byVariant = new LinkedHashMap<>();
    List<String> unpriced = new ArrayList<>();
    // with uncertain inputs, replications sharing an outer draw are not independent: intervals and
    // pairs come from the draws' means of the money each replication cost
    int k = base.uncertainty().present() ? base.uncertainty().perDraw() : 1;
    Money.Priced basePriced = Money.of(base, catalogs.get(0), results.get(0));
    byScenario.put(base.name(), summary(basePriced, k));
    for (int v = 1; v < scenarios.size(); v++) {
      Scenario variant = scenarios.get(v);
      if (!Money.priced(variant) || !variant.costs().perPeriodUnit().equals(base.costs().perPeriodUnit())) {
        unpriced.add(variant.name());
        continue;
      }
      Money.Priced priced = Money.of(variant, catalogs.get(v), results.get(v));
      byScenario.put(variant.name(), summary(priced, k));
      byVariant.put(variant.name(), PairedComparison.of(basePriced.catalog(), byDraw(basePriced, k),
          priced.catalog(), byDraw(priced, k)));
    }
    return new PricedComparison(byScenario, byVariant, unpriced, base.costs().currency(),
        base.costs().perPeriodUnit());
  }

  /** The money summarised, intervals over the outer draws of {@code k} replications each (k = 1: none). */
  public static Summary summary(Money.Priced priced, int k) {
    Summary summary = Summary.of(priced.catalog(), priced.replications());
    return k == 1 ? summary : InputUncertainty.withDrawIntervals(summary, priced.catalog(), priced.replications(), k);
  }

  private static List<ReplicationResult> byDraw(Money.Priced priced, int k) {
    return k == 1 ? priced.replications() : InputUncertainty.drawMeans(priced.replications(), k);
  }

  /** The variant's paired difference in one money metric, such as {@link Money#NET}. */
  public MetricDifference difference(String variant, String metric) {
    return byVariant.get(variant).stream().filter(d -> d.key().name().equals(metric)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no " + metric + " for " + variant));
  }
}
