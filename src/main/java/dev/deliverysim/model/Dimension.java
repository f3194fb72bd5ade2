package dev.deliverysim.model;

/**
 * What a metric measures, which fixes its unit: models measure in hours, and results are
 * reported in the scenario's {@link OutputUnit} (a time in weeks, a rate per week).
 */
public enum Dimension {
  /** A duration. */
  TIME,
  /** Events per unit of time. */
  RATE,
  /** People's hours per hour of calendar time (per person). */
  PEOPLE_TIME,
  /** A number of jobs or tasks, such as a mean queue length. */
  COUNT,
  /** A share, a probability or a ratio without a unit. */
  FRACTION,
  /** Focused effort, such as a reviewer's per PR: always in hours, whatever the output unit. */
  EFFORT,
  /** Changed lines of code. */
  LINES,
  /** An amount of money; its key's unit names the currency (and the period, for a flow of money). */
  MONEY;

  /** The unit's symbol in results reported in {@code out}: "w", "1/w", "h/w", "jobs" or "1". */
  public String symbolIn(OutputUnit out) {
    return switch (this) {
      case TIME -> out.symbol();
      case RATE -> "1/" + out.symbol();
      case PEOPLE_TIME -> "h/" + out.symbol();
      case COUNT -> "jobs";
      case FRACTION -> "1";
      case EFFORT -> "h";
      case LINES -> "lines";
      case MONEY -> "money";
    };
  }

  /** What a value measured in hours is multiplied by to be reported in {@code out}. */
  public double factorIn(OutputUnit out) {
    return switch (this) {
      case TIME -> 1 / out.hours();
      case RATE, PEOPLE_TIME -> out.hours();
      case COUNT, FRACTION, EFFORT, LINES, MONEY -> 1;
    };
  }
}
