package dev.deliverysim.cli;

import java.util.ArrayList;
import java.util.List;

/** The overrides a command applies, in order: its --set assignments, then the shortcuts. */
final class RunOverrides {
  private RunOverrides() {}

  /** {@code --replications N} and {@code --seed S} are {@code --set run.replications=N} and {@code run.seed=S}. */
  static List<String> of(List<String> sets, Integer replications, Long seed) {
    List<String> all = new ArrayList<>(sets);
    if (replications != null) {
      all.add("run.replications=" + replications);
    }
    if (seed != null) {
      all.add("run.seed=" + seed);
    }
    return all;
  }
}
