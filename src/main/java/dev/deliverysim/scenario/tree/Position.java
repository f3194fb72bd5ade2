package dev.deliverysim.scenario.tree;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a scenario source, printed as {@code source:line:col} so editors and terminals can jump to it.
 *
 * <p>{@code source} is the file name exactly as the user typed it (not an absolute path, so messages
 * match what they see), or a pseudo-source such as {@code --set} for command-line overrides. Line and
 * column are 1-based, as Jackson reports them and as compilers print them.
 */
public record Position(String source, int line, int column) implements Comparable<Position> {

  private static final Comparator<Position> ORDER =
      Comparator.comparing(Position::source)
          .thenComparingInt(Position::line)
          .thenComparingInt(Position::column);

  public Position {
    Objects.requireNonNull(source, "source");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column are 1-based, got " + line + ":" + column);
    }
  }

  /** Returns this position moved right by {@code columns}, if it is on the first line. */
  Position shiftFirstLine(int columns) {
    return line == 1 ? new Position(source, line, column + columns) : this;
  }

  @Override
  public int compareTo(Position other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
