package dev.deliverysim.experiment.money;

import dev.deliverysim.experiment.MetricDifference;

/**
 * What a variant buys for what it spends, against the base, per period: the CFO's row.
 *
 * @param spending paired change in what is paid out (people, AI seats, CI)
 * @param losses change in the losses of downtime and delay (total cost change − spending change)
 * @param value paired change in the value of the features delivered
 * @param net paired change in value − total cost: what the decision is worth, all told
 * @param roi net change per unit of extra spending ({@code net / spending}); NaN unless the variant
 *     spends more. Its interval divides the net change's interval by the mean extra spending,
 *     treating that as known: it varies only with the CI minutes used
 */
public record VariantReturn(String variant, MetricDifference spending, double losses, MetricDifference value,
    MetricDifference net, double roi, double roiLow, double roiHigh) {

  /** The variant's return, from its paired differences in money. */
  public static VariantReturn of(PricedComparison money, String variant) {
    MetricDifference spending = money.difference(variant, Money.SPENDING);
    MetricDifference total = money.difference(variant, Money.TOTAL);
    MetricDifference value = money.difference(variant, Money.VALUE);
    MetricDifference net = money.difference(variant, Money.NET);
    double extra = spending.difference();
    boolean spends = extra > 0;
    return new VariantReturn(variant, spending, total.difference() - extra, value, net,
        spends ? net.difference() / extra : Double.NaN, spends ? net.ci95Low() / extra : Double.NaN,
        spends ? net.ci95High() / extra : Double.NaN);
  }
}
