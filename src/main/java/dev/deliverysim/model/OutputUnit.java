package dev.deliverysim.model;

/**
 * The time unit results are reported in: times are divided by {@code hours}, rates multiplied.
 * The simulation itself always runs in hours.
 *
 * @param symbol "h", "d", "w" or "round"
 * @param hours how many hours one unit is (a working day or week, per the scenario's units)
 */
public record OutputUnit(String symbol, double hours) {
  public static final OutputUnit HOURS = new OutputUnit("h", 1);
  /** A round of a game played in rounds ({@code moves_per_round}): round k is played within hour k. */
  public static final OutputUnit ROUNDS = new OutputUnit("round", 1);

  public OutputUnit {
    if (symbol == null || symbol.isBlank() || !(hours > 0)) {
      throw new IllegalArgumentException("an output unit needs a symbol and a length > 0");
    }
  }

  /** The unit in words, for axis titles and sentences: "hour", "day", "week", "round"; another symbol as it is. */
  public static String word(String symbol) {
    return switch (symbol) {
      case "w" -> "week";
      case "d" -> "day";
      case "h" -> "hour";
      default -> symbol;
    };
  }

  /** "hours", "days", "weeks", "rounds"; another symbol as it is. */
  public static String plural(String symbol) {
    return switch (symbol) {
      case "w", "d", "h", "round" -> word(symbol) + "s";
      default -> symbol;
    };
  }

  /** Metrics as measured (in hours) and as reported: the relabelled catalogue and the factors. */
  public record Conversion(MetricCatalog catalog, double[] factors) {
    public Conversion {
      factors = factors.clone();
    }

    @Override
    public double[] factors() {
      return factors.clone();
    }
  }

  /** How to report {@code measured} keys in this unit: factor i multiplies metric i's value. */
  public Conversion convert(java.util.List<MetricKey> measured) {
    double[] factors = new double[measured.size()];
    java.util.List<MetricKey> reported = new java.util.ArrayList<>();
    for (int i = 0; i < factors.length; i++) {
      reported.add(measured.get(i).in(this));
      factors[i] = measured.get(i).dimension().factorIn(this);
    }
    return new Conversion(new MetricCatalog(reported), factors);
  }
}
