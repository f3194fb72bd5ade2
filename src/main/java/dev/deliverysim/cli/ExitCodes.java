package dev.deliverysim.cli;

/** Every exit code the tool uses. */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
