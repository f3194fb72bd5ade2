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

  /** |relative change|, or −1 when there is nothing to rank by, so skipped variants sort last. */
  double strength() {
    if (difference == null || !Double.isFinite(difference.relativeChange())) {
      return -1;
    }
    return Math.abs(difference.relativeChange());
  }
}
