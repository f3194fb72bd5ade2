package dev.deliverysim.scenario;

import dev.deliverysim.scenario.spec.LeverSpec;
import dev.deliverysim.scenario.tree.ScalarNode;
import dev.deliverysim.scenario.tree.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the {@code levers} section against the merged tree: each path must name a plain number the
 * scenario sets (its starting value), outside {@code run} and {@code units} (a lever changes the
 * system, never the experiment that measures it), with {@code min < max} around that value.
 */
final class LeverRules {
  /** More controls than a projected page can show legibly. */
  static final int MAX_LEVERS = 24;

  private final Locator at;
  private final YamlNode tree;

  LeverRules(Locator at, YamlNode tree) {
    this.at = at;
    this.tree = tree;
  }

  /** The checked levers; problems are reported and the faulty lever left out. */
  List<Lever> compile(List<LeverSpec> specs) {
    if (specs == null) {
      return List.of();
    }
    if (specs.size() > MAX_LEVERS) {
      at.error("levers", "expected at most " + MAX_LEVERS + " levers (a page a room can read), received: "
          + specs.size());
      return List.of();
    }
    List<Lever> levers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < specs.size(); i++) {
      Lever lever = lever(specs.get(i), "levers[" + i + "]");
      if (lever != null && !seen.add(lever.path())) {
        at.error("levers[" + i + "].path", "duplicate lever for " + lever.path() + "; each path has one lever");
      } else if (lever != null) {
        levers.add(lever);
      }
    }
    return levers;
  }

  private Lever lever(LeverSpec spec, String where) {
    Double start = start(spec.path(), where + ".path");
    double min = spec.min();
    double max = spec.max();
    if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
      at.error(where + ".max", "expected a number above min (" + Lever.format(min) + "), received: " + Lever.format(max));
      return null;
    }
    double step = spec.step() != null ? spec.step() : defaultStep(min, max, start);
    if (!(step > 0) || step > max - min) {
      at.error(where + ".step", "expected a step above 0 and at most max − min (" + Lever.format(max - min)
          + "), received: " + Lever.format(step));
      return null;
    }
    if (start == null) {
      return null;
    }
    if (start < min || start > max) {
      at.error(where + ".min", "the scenario sets " + spec.path() + " to " + Lever.format(start)
          + ", outside this lever's range " + Lever.format(min) + " … " + Lever.format(max));
      return null;
    }
    String label = spec.label() != null && !spec.label().isBlank() ? spec.label() : spec.path();
    return new Lever(spec.path(), label, min, max, step, start);
  }

  /** The number the scenario sets at {@code path}, or null after reporting why there is none. */
  private Double start(String path, String where) {
    SettablePath.Written written = SettablePath.find(tree, path, Set.of("run", "units", "levers"),
        first -> "a lever changes the system, not how it is measured: " + first + ".* cannot be a lever", at, where);
    if (written == null) {
      return null;
    }
    YamlNode node = written.node();
    if (node instanceof ScalarNode s && (s.kind() == ScalarNode.Kind.INTEGER || s.kind() == ScalarNode.Kind.FLOAT)) {
      try {
        return Double.parseDouble(s.text().replace("_", ""));
      } catch (NumberFormatException e) {
        // a YAML 1.1 number Java does not read (0x1F, 1:30): reported below like any other text
      }
    }
    at.error(where, "expected the path (as for --set) of a plain number the scenario sets, such as"
        + " stations[1].servers or delivery.teams[devs].headcount; " + (node == null ? "nothing is set at \""
        + path + "\"" : "\"" + path + "\" holds " + node.describe()));
    return null;
  }

  /** One unit for a count, otherwise a twentieth of the range. */
  private static double defaultStep(double min, double max, Double start) {
    boolean whole = min == Math.rint(min) && max == Math.rint(max) && (start == null || start == Math.rint(start));
    return whole ? 1 : (max - min) / 20;
  }
}
