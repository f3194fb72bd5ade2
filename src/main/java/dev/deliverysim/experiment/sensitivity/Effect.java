package dev.deliverysim.experiment.sensitivity;

import dev.deliverysim.experiment.MetricDifference;

/**
 * What one change of one parameter did to the chosen metric, paired with the base run; or why that
 * variant could not be run.
 *
 * @param change the fraction applied ({@code -0.1} is −10%)
 * @param value the changed value text, as given to {@code --set}
 * @param difference the paired difference of the metric, null when skipped
 * @param skipped why the variant was not run (the loader's first message), null when it ran
 */
public record Effect(NumericParameter parameter, double change, String value, MetricDifference difference,
    String skipped) {

  public static Effect measured(NumericParameter parameter, double change, String value, MetricDifference d) {
    return new Effect(parameter, change, value, d, null);
  }

  public static Effect skipped(NumericParameter parameter, double change, String value, String why) {
    return new Effect(parameter, change, value, null, why);
  }

  /**
   * The change actually made: the new value over the old, less 1. It differs from {@link #change}
   * when a whole number was rounded (8 × 0.9 runs as 7: −12.5%, not −10%).
   */
  public double appliedChange() {
    String number = value.substring(0, value.length() - parameter.unit().length()).trim();
    try {
      double applied = Double.parseDouble(number) / parameter.number() - 1;
      // six significant digits, as values are written: 1.2 / 0.8 − 1 is 0.5, not 0.4999999999999998
      return new java.math.BigDecimal(applied).round(new java.math.MathContext(6)).doubleValue();
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** |relative change|, or −1 when there is nothing to rank by, so skipped variants sort last. */
  double strength() {
    if (difference == null || !Double.isFinite(difference.relativeChange())) {
      return -1;
    }
    return Math.abs(difference.relativeChange());
  }
}
