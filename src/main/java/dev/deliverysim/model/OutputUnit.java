package dev.deliverysim.model;

/**
 * The time unit results are reported in: times are divided by {@code hours}, rates multiplied.
 * The simulation itself always runs in hours.
 *
 * @param symbol "h", "d" or "w"
 * @param hours how many hours one unit is (a working day or week, per the scenario's units)
 */
public record OutputUnit(String symbol, double hours) {
  public static final OutputUnit HOURS = new OutputUnit("h", 1);

  public OutputUnit {
    if (symbol == null || symbol.isBlank() || !(hours > 0)) {
      throw new IllegalArgumentException("an output unit needs a symbol and a length > 0");
    }
  }

  /** Metrics as measured (in hours) and as reported: the relabelled catalogue and the factors. */
  public record Conversion(MetricCatalog catalog, double[] factors) {}

  /** How to report {@code measured} keys in this unit: factor i multiplies metric i's value. */
  public Conversion convert(java.util.List<MetricKey> measured) {
    double[] factors = new double[measured.size()];
    java.util.List<MetricKey> reported = new java.util.ArrayList<>();
    for (int i = 0; i < factors.length; i++) {
      reported.add(convert(measured.get(i)));
      factors[i] = factor(measured.get(i).unit());
    }
    return new Conversion(new MetricCatalog(reported), factors);
  }

  /** The key re-labelled in this unit, if it is a time, a rate, or hours per hour ("h/h"). */
  MetricKey convert(MetricKey key) {
    return switch (key.unit()) {
      case "h" -> new MetricKey(key.name(), key.station(), key.jobClass(), symbol);
      case "1/h" -> new MetricKey(key.name(), key.station(), key.jobClass(), "1/" + symbol);
      case "h/h" -> new MetricKey(key.name(), key.station(), key.jobClass(), "h/" + symbol);
      default -> key;
    };
  }

  /** The factor a value in {@code unit} (as measured, in hours) is multiplied by. */
  double factor(String unit) {
    return switch (unit) {
      case "h" -> 1 / hours;
      case "1/h", "h/h" -> hours;
      default -> 1;
    };
  }
}
