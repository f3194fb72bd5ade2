package dev.deliverysim.scenario;

import java.util.regex.Pattern;

/**
 * A number as a scenario writes it anywhere: a plain number, a duration ({@code 3d}, in hours) or
 * a rate ({@code 4/w}, per hour). Used where one key may stand for any parameter (the range of an
 * uncertain input), so that it is written the way the parameter itself is.
 */
public record Quantity(double value, Kind kind) {
  /** What the number was written as. */
  public enum Kind { NUMBER, DURATION, RATE }

  private static final Pattern NUMBER = Pattern.compile("[-+]?(?=\\.?[0-9])[0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?");

  /** Reads {@code text} in {@code units}; throws with what was expected. */
  static Quantity parse(String text, Units units) {
    String t = text.strip();
    if (NUMBER.matcher(t).matches()) {
      double v = Double.parseDouble(t.replace("_", ""));
      if (Double.isFinite(v)) {
        return new Quantity(v, Kind.NUMBER);
      }
    }
    try {
      return new Quantity(units.duration(t).hours(), Kind.DURATION);
    } catch (IllegalArgumentException notADuration) {
      try {
        return new Quantity(units.rate(t).perHour(), Kind.RATE);
      } catch (IllegalArgumentException notARate) {
        throw new IllegalArgumentException("a number, a duration such as 3d or a rate such as 4/w");
      }
    }
  }
}
