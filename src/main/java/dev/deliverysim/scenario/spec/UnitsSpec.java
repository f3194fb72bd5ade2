package dev.deliverysim.scenario.spec;

/**
 * How long a working day and week are ({@code 1d} and {@code 1w} mean working time), and the unit
 * results are reported in.
 */
public record UnitsSpec(Double hoursPerDay, Double daysPerWeek, OutputUnitName outputUnit) {
  /** The units results can be reported in; a round (one hour of the clock) only for a game played in rounds. */
  public enum OutputUnitName { H, D, W, ROUND }
}
