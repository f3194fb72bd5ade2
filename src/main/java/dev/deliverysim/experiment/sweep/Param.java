package dev.deliverysim.experiment.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One swept parameter: a scenario path and the values it takes, in order.
 *
 * <p>Values are kept as the text that goes into {@code --set path=value}, so the scenario loader
 * checks them exactly as it checks a hand-written override, and the CSV shows what was set.
 */
public record Param(String path, List<String> values) {
  /** A range longer than this is almost certainly a typo in the step. */
  static final int MAX_VALUES = 100_000;
  static final int MAX_DIGITS = 15;

  public Param {
    values = List.copyOf(values);
    if (path.isBlank() || values.isEmpty()) {
      throw new IllegalArgumentException("a parameter needs a path and at least one value");
    }
  }

  /**
   * Parses {@code path=VALUES}: a list {@code 1,2,3} or a range {@code from:to:step}.
   *
   * @throws IllegalArgumentException with a message fit for the user
   */
  public static Param parse(String spec) {
    int equals = spec.indexOf('=');
    if (equals <= 0 || equals == spec.length() - 1) {
      throw new IllegalArgumentException("expected PATH=VALUES (a list 1,2,3 or a range from:to:step),"
          + " received: \"" + spec + "\"");
    }
    String path = spec.substring(0, equals).trim();
    String values = spec.substring(equals + 1).trim();
    if (values.indexOf(':') >= 0 && values.indexOf(',') < 0 && !values.startsWith("[")
        && !values.startsWith("{")) {
      return new Param(path, range(values));
    }
    List<String> list = new ArrayList<>();
    for (String v : values.split(",", -1)) {
      if (v.isBlank()) {
        throw new IllegalArgumentException(path + ": empty value in list \"" + values + "\"");
      }
      list.add(v.trim());
    }
    return new Param(path, list);
  }

  /**
   * {@code from:to:step}, end included. Decimal arithmetic, so 0.5:1.0:0.1 gives 0.7 and not
   * 0.7000000000000001, and the end is reached exactly, with no tolerance to tune; integers
   * written as integers stay integers (1:5:1 gives 1 … 5, not 1.0 … 5.0).
   */
  static List<String> range(String text) {
    String[] parts = text.split(":", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("expected a range from:to:step, received: \"" + text + "\"");
    }
    BigDecimal from = decimal(parts[0], text);
    BigDecimal to = decimal(parts[1], text);
    BigDecimal step = decimal(parts[2], text);
    if (step.signum() == 0 || to.compareTo(from) * step.signum() < 0) {
      throw new IllegalArgumentException("range " + text + ": the step must be non-zero and lead from "
          + parts[0].trim() + " towards " + parts[1].trim());
    }
    BigDecimal span = to.subtract(from).abs();
    BigDecimal count = span.divide(step.abs(), 0, java.math.RoundingMode.FLOOR);
    if (count.compareTo(BigDecimal.valueOf(MAX_VALUES)) >= 0) {
      throw new IllegalArgumentException("range " + text + " has more than " + MAX_VALUES + " values");
    }
    // One scale for every value, the finest written: 0:1:0.25 gives 0.00 … 1.00, all decimals.
    int scale = Math.max(0, Math.max(from.scale(), Math.max(to.scale(), step.scale())));
    List<String> values = new ArrayList<>();
    for (int k = 0; k <= count.intValue(); k++) {
      values.add(from.add(step.multiply(BigDecimal.valueOf(k))).setScale(scale).toPlainString());
    }
    return values;
  }

  /**
   * A range's number, at most {@value #MAX_DIGITS} digits on either side of the point: no scenario
   * value needs more, and BigDecimal arithmetic on {@code 1e-99999999} would run for minutes.
   */
  private static BigDecimal decimal(String part, String range) {
    BigDecimal value;
    try {
      value = new BigDecimal(part.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("range " + range + ": \"" + part.trim() + "\" is not a number");
    }
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_DIGITS || value.stripTrailingZeros().scale() > MAX_DIGITS) {
      throw new IllegalArgumentException("range " + range + ": \"" + shortened(part.trim())
          + "\" is out of range: expected a number below 1e" + MAX_DIGITS + " with at most " + MAX_DIGITS + " decimals");
    }
    return value;
  }

  private static String shortened(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  /** The override for one of the values, as {@code --set} takes it. */
  public String assignment(int valueIndex) {
    return path + "=" + values.get(valueIndex);
  }
}
