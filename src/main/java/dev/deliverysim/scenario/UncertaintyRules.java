package dev.deliverysim.scenario;

import dev.deliverysim.scenario.spec.UncertainInputSpec;
import dev.deliverysim.scenario.spec.UncertaintySpec;
import dev.deliverysim.scenario.tree.ScalarNode;
import dev.deliverysim.scenario.tree.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the {@code uncertainty} section against the merged tree: each input names a value the
 * scenario sets (its nominal value), outside what describes the experiment rather than the system
 * ({@code run}, {@code units}) and outside prices ({@code costs}, which are computed from the
 * scenario as written); its range is written as the value is (a number, a duration, a rate) with
 * min &lt; max; the scenario is valid with each input at either end; and the replications fill
 * whole draws.
 */
final class UncertaintyRules {
  /** The default inner replications per outer draw: the fewest that separate the two variances. */
  static final int DEFAULT_PER_DRAW = 2;
  static final int MAX_PER_DRAW = 1000;
  static final int MAX_INPUTS = 100;
  private static final Set<String> NOT_INPUTS =
      Set.of("run", "units", "costs", "levers", "sweep", "uncertainty", "name", "label", "description");

  private final Locator at;
  private final YamlNode tree;

  UncertaintyRules(Locator at, YamlNode tree) {
    this.at = at;
    this.tree = tree;
  }

  /** The checked inputs, or null after reporting problems. */
  Uncertainty compile(UncertaintySpec spec, Scenario scenario, Uncertainty.Recompiler recompiler) {
    int errors = at.errorCount();
    int perDraw = spec.replicationsPerDraw() != null ? spec.replicationsPerDraw() : DEFAULT_PER_DRAW;
    if (perDraw < 1 || perDraw > MAX_PER_DRAW) {
      at.error("uncertainty.replications_per_draw", "expected an integer from 1 to " + MAX_PER_DRAW
          + ", received: " + perDraw);
    } else if (scenario.replications() % perDraw != 0) {
      at.error("run.replications", "with uncertain inputs the replications fill whole draws: expected a multiple of"
          + " uncertainty.replications_per_draw (" + perDraw + "), received: " + scenario.replications());
    }
    if (spec.inputs().isEmpty() || spec.inputs().size() > MAX_INPUTS) {
      at.error("uncertainty.inputs", "expected from 1 to " + MAX_INPUTS + " inputs, received: " + spec.inputs().size());
      return null;
    }
    List<Uncertainty.Input> inputs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < spec.inputs().size(); i++) {
      String where = "uncertainty.inputs[" + i + "]";
      Uncertainty.Input input = input(spec.inputs().get(i), where);
      if (input != null && !seen.add(input.path())) {
        at.error(where + ".path", "duplicate input for " + input.path() + "; each path is drawn once");
      } else if (input != null && validAtBothEnds(input, where, recompiler)) {
        inputs.add(input);
      }
    }
    return at.errorCount() > errors ? null : new Uncertainty(perDraw, inputs, recompiler);
  }

  private Uncertainty.Input input(UncertainInputSpec spec, String where) {
    ScalarNode nominal = nominal(spec.path(), where + ".path");
    if ((spec.uniform() == null) == (spec.triangular() == null)) {
      at.error(where, "expected exactly one law: uniform {min, max} or triangular {min, mode, max}");
      return null;
    }
    boolean triangular = spec.triangular() != null;
    Quantity min = triangular ? spec.triangular().min() : spec.uniform().min();
    Quantity max = triangular ? spec.triangular().max() : spec.uniform().max();
    Quantity mode = triangular ? spec.triangular().mode() : min;
    String law = where + (triangular ? ".triangular" : ".uniform");
    if (min.kind() != max.kind() || mode.kind() != min.kind()) {
      at.error(law, "expected min" + (triangular ? ", mode" : "") + " and max written alike (all plain numbers,"
          + " all durations or all rates), received: " + min.kind().name().toLowerCase(java.util.Locale.ROOT) + " and "
          + max.kind().name().toLowerCase(java.util.Locale.ROOT));
      return null;
    }
    if (!(min.value() < max.value())) {
      at.error(law + ".max", "expected a value above min (" + Lever.format(min.value()) + "), received: "
          + Lever.format(max.value()));
      return null;
    }
    double width = max.value() - min.value();
    if (!Double.isFinite(width * width)) {
      // a triangular draw multiplies widths: past 1e154 a draw near an end overflows to infinity
      at.error(law + ".max", "expected a range narrower than 1e154 (max − min), received: min "
          + Lever.format(min.value()) + ", max " + Lever.format(max.value()));
      return null;
    }
    if (triangular && !(mode.value() >= min.value() && mode.value() <= max.value())) {
      at.error(law + ".mode", "expected a value from min to max, received: " + Lever.format(mode.value()));
      return null;
    }
    if (nominal == null) {
      return null;
    }
    boolean whole = nominal.kind() == ScalarNode.Kind.INTEGER && min.kind() == Quantity.Kind.NUMBER
        && isWhole(min.value()) && isWhole(max.value()) && isWhole(mode.value());
    String label = spec.label() != null && !spec.label().isBlank() ? spec.label() : spec.path();
    return new Uncertainty.Input(spec.path(), label, min.value(), mode.value(), max.value(), triangular, min.kind(),
        whole);
  }

  /** The value the scenario sets at {@code path}, or null after reporting why there is none. */
  private ScalarNode nominal(String path, String where) {
    SettablePath.Written written = SettablePath.find(tree, path, NOT_INPUTS,
        first -> "an uncertain input is part of the system simulated: " + first + ".* cannot be one", at, where);
    if (written == null) {
      return null;
    }
    YamlNode node = written.node();
    if (node instanceof ScalarNode s && !s.isNull() && s.kind() != ScalarNode.Kind.BOOLEAN) {
      return s;
    }
    at.error(where, "expected the path (as for --set) of a value the scenario sets, such as delivery.ai.coding_effort"
        + " or job_classes[0].arrivals.rate; " + (node == null ? "nothing is set at \"" + path + "\""
        : "\"" + path + "\" holds " + node.describe()));
    return null;
  }

  /** The scenario must be valid with the input at either end of its range (the others as written). */
  private boolean validAtBothEnds(Uncertainty.Input input, String where, Uncertainty.Recompiler recompiler) {
    for (double end : new double[] {input.at(0), input.at(Math.nextDown(1.0))}) {
      try {
        recompiler.at(List.of(input.assignment(end)));
      } catch (IllegalArgumentException e) {
        at.error(where, "with " + input.path() + " at " + Lever.format(end) + " (an end of its range) the scenario is"
            + " not valid: " + e.getMessage());
        return false;
      }
    }
    return true;
  }

  private static boolean isWhole(double x) {
    return x == Math.rint(x);
  }
}
