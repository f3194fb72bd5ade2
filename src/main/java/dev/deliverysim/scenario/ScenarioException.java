package dev.deliverysim.scenario;

import dev.deliverysim.scenario.tree.Problem;
import dev.deliverysim.scenario.tree.Problems;
import java.util.List;

/** A scenario could not be loaded; carries every problem found, sorted by position. */
public final class ScenarioException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public ScenarioException(Problems problems) {
    super(problems.format());
    this.problems = problems.reported();
  }

  public List<Problem> problems() {
    return problems;
  }
}
