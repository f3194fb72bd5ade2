package dev.deliverysim.experiment.calibrate;

/**
 * Bad input to {@code calibrate} (a file, a record, an option), with a message that already says
 * where: {@code file:line:col: …} for git logs and CSV, {@code file: $[3].createdAt: …} for JSON,
 * {@code --option: …} for options. The command prints it and exits 2.
 */
public final class CalibrationInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public CalibrationInputException(String message) {
    super(message);
  }
}
