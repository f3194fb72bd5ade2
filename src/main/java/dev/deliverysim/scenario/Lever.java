package dev.deliverysim.scenario;

import java.math.BigDecimal;

/**
 * One control of the workshop page: the number at {@code path} (a {@code --set} path), which the
 * scenario sets to {@code start}, moved between {@code min} and {@code max} in steps of {@code step}.
 * A value becomes the assignment {@code path=value}, so a moved lever is loaded, checked and
 * located exactly as {@code --set} is.
 */
public record Lever(String path, String label, double min, double max, double step, double start) {
  public Lever {
    if (path == null || path.isBlank() || label == null || !(min < max) || !(step > 0) || step > max - min
        || !(start >= min && start <= max)) {
      throw new IllegalArgumentException("a lever needs a path, a label, min < max, 0 < step ≤ max − min"
          + " and its starting value between min and max: " + path);
    }
  }

  /** The {@code --set} assignment that puts this lever at {@code value}. */
  public String assignment(double value) {
    return path + "=" + format(value);
  }

  /** A number as a scenario writes it: {@code 3}, not {@code 3.0}; {@code 0.05}, not {@code 0.05000000001}. */
  public static String format(double value) {
    if (!Double.isFinite(value) || Math.abs(value) >= 1e15 && value != Math.rint(value) || Math.abs(value) >= 1e21) {
      return String.valueOf(value); // Infinity, NaN, 1.0E308: a plain form would run to hundreds of digits
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
