package dev.deliverysim.experiment.forecast;

/**
 * Bad input to a forecast (a date, a CSV, an option), with a message that already says where:
 * {@code file:line:col: …} or {@code --option: …}. The command prints it and exits 2.
 */
public final class ForecastInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public ForecastInputException(String message) {
    super(message);
  }
}
