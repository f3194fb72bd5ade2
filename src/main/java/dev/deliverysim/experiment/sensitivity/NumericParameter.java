package dev.deliverysim.experiment.sensitivity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * One number a scenario file sets, found by its path: a plain number, or a number with a unit such
 * as {@code 4h} or {@code 5/w}, whose unit text is kept when the number is scaled.
 *
 * @param path the path in the user's spelling, as {@code --set} takes it
 * @param text the value as written
 * @param integer true for an INTEGER scalar: its changes are rounded to whole numbers
 * @param number the number part of {@code text}
 * @param unit what follows the number ({@code h}, {@code /w}), empty for a plain number
 */
public record NumericParameter(String path, String text, boolean integer, double number, String unit) {

  /** Six significant digits: enough to be exact for any sensible change, short enough to read. */
  private static final MathContext DIGITS = new MathContext(6);

  /**
   * The value text after changing the number by the fraction {@code change} ({@code -0.1} is −10%);
   * empty when an integer rounds back to its original value, so that variant would change nothing.
   */
  public Optional<String> changed(double change) {
    double scaled = number * (1 + change);
    if (integer) {
      long rounded = Math.round(scaled);
      return rounded == Math.round(number) ? Optional.empty() : Optional.of(Long.toString(rounded));
    }
    String digits = BigDecimal.valueOf(scaled).round(DIGITS).stripTrailingZeros().toPlainString();
    return Optional.of(digits + unit);
  }

  /** The {@code --set} assignment that gives this parameter {@code value}. */
  public String assignment(String value) {
    return path + "=" + value;
  }
}
