package dev.deliverysim.experiment.optimize;

import java.util.Locale;

/**
 * What a setting must achieve: a metric's mean at most (or at least) a value, such as
 * {@code cycle_time_p85<=5d}. The value is in the results' output unit once resolved.
 *
 * @param label the metric's label, as in {@code replications.csv}
 * @param atMost true for {@code <=}: lower is better; false for {@code >=}: higher is better
 * @param text the value as written, with its unit ({@code 5d}), for messages
 */
public record Target(String label, boolean atMost, double value, String text) {

  /**
   * Splits {@code METRIC<=VALUE} or {@code METRIC>=VALUE}; the value is resolved later, against
   * the metric's unit.
   *
   * @throws IllegalArgumentException with a message fit for the user
   */
  public static Target parse(String spec, java.util.function.BiFunction<String, String, Double> resolve) {
    String s = spec.strip();
    int le = s.indexOf("<=");
    int ge = s.indexOf(">=");
    if ((le < 0) == (ge < 0)) {
      throw new IllegalArgumentException("--target: expected METRIC<=VALUE or METRIC>=VALUE, such as"
          + " cycle_time_p85<=5d or features_delivered>=4/w, received: \"" + spec + "\"");
    }
    int at = Math.max(le, ge);
    String label = s.substring(0, at).strip();
    String text = s.substring(at + 2).strip();
    if (label.isEmpty() || text.isEmpty()) {
      throw new IllegalArgumentException("--target: expected METRIC<=VALUE or METRIC>=VALUE, received: \"" + spec + "\"");
    }
    return new Target(label, le >= 0, resolve.apply(label, text), text);
  }

  /** True when {@code x} meets the target. */
  public boolean met(double x) {
    return atMost ? x <= value : x >= value;
  }

  /** {@code cycle_time_p85 ≤ 5d}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s %s", label, atMost ? "≤" : "≥", text);
  }
}
