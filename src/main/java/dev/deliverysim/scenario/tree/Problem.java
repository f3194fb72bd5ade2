package dev.deliverysim.scenario.tree;

import java.util.Objects;

/**
 * One error or warning about a scenario, printed compiler-style as
 * {@code source:line:col: error: path: message}.
 *
 * <p>{@code path} uses the user's spelling ({@code stations[2].servers}); an empty path is left out
 * of the printed line. A null position is allowed for problems that belong to no place (the line
 * then starts at the severity).
 */
public record Problem(Position position, String path, String message, Severity severity) {

  /** How bad a problem is; only errors stop a run. */
  public enum Severity {
    ERROR,
    WARNING;

    String label() {
      return this == ERROR ? "error" : "warning";
    }
  }

  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The compiler-style line, e.g. {@code team.yaml:9:5: error: stations[0].sevrers: unknown field}. */
  public String format() {
    StringBuilder line = new StringBuilder();
    if (position != null) {
      line.append(position).append(": ");
    }
    line.append(severity.label()).append(": ");
    if (!path.isEmpty()) {
      line.append(path).append(": ");
    }
    return line.append(message).toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
