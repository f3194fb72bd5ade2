package dev.deliverysim.scenario.tree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Collects every problem found while reading, editing and binding a scenario, so the user sees
 * them all in one run instead of fixing them one at a time.
 *
 * <p>Not thread-safe: one instance belongs to one load of one scenario.
 */
public final class Problems {

  private static final Comparator<Problem> BY_POSITION =
      Comparator.comparing(Problem::position, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** Problems printed at most; the rest are counted. */
  public static final int MAX_REPORTED = 100;

  private final List<Problem> problems = new ArrayList<>();
  private int errorCount;

  public void error(Position position, String path, String message) {
    add(new Problem(position, path, message, Problem.Severity.ERROR));
  }

  public void warning(Position position, String path, String message) {
    add(new Problem(position, path, message, Problem.Severity.WARNING));
  }

  public void add(Problem problem) {
    problems.add(problem);
    if (problem.isError()) {
      errorCount++;
    }
  }

  public boolean hasErrors() {
    return errorCount > 0;
  }

  /** How many errors so far; binders compare counts to tell whether a subtree failed. */
  public int errorCount() {
    return errorCount;
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Problems in the order they were found. */
  public List<Problem> all() {
    return List.copyOf(problems);
  }

  /** Problems ordered by source, line and column; ties keep the order they were found in. */
  public List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort(BY_POSITION);
    return List.copyOf(copy);
  }

  /**
   * What is shown to the user: the first {@value #MAX_REPORTED} problems by position and, when
   * there are more, one more line at the next one's position saying how many were left out — a
   * scenario of ten thousand bad stations must not print ten thousand lines.
   */
  public List<Problem> reported() {
    List<Problem> all = sorted();
    if (all.size() <= MAX_REPORTED) {
      return all;
    }
    List<Problem> shown = new ArrayList<>(all.subList(0, MAX_REPORTED));
    Problem next = all.get(MAX_REPORTED);
    shown.add(new Problem(next.position(), "", "… and " + (all.size() - MAX_REPORTED)
        + " more problems not shown; fix these first", next.severity()));
    return List.copyOf(shown);
  }

  /** One compiler-style line per problem, sorted, joined with newlines (no trailing newline). */
  public String format() {
    return reported().stream().map(Problem::format).collect(Collectors.joining("\n"));
  }

  @Override
  public String toString() {
    return format();
  }
}
