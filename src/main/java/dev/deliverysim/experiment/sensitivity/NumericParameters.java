package dev.deliverysim.experiment.sensitivity;

import dev.deliverysim.scenario.tree.ListNode;
import dev.deliverysim.scenario.tree.MapNode;
import dev.deliverysim.scenario.tree.Paths;
import dev.deliverysim.scenario.tree.ScalarNode;
import dev.deliverysim.scenario.tree.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every number a merged scenario tree sets, in document order: the candidates of a
 * sensitivity analysis.
 *
 * <p>Top-level sections that describe the run rather than the system ({@code run}, {@code units}),
 * the prices of {@code costs} (they move no simulated metric), the ranges of {@code uncertainty}
 * (their inputs' own values are the candidates) and the identifying texts are left out: changing
 * them changes the measurement, not the system.
 */
public final class NumericParameters {
  private static final Set<String> EXCLUDED_TOP_LEVEL =
      Set.of("name", "label", "description", "units", "run", "extends", "costs", "uncertainty");
  /** Where a delivery scenario defines the work asked for, rather than how it is done. */
  private static final String WORK = "delivery.work.";

  /** A number followed by a unit or a per-unit: {@code 30m}, {@code 1.5d}, {@code 5/w}. */
  private static final Pattern WITH_UNIT =
      Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(\\s*/?\\s*[A-Za-z]+)");

  private NumericParameters() {}

  public static List<NumericParameter> find(YamlNode root) {
    List<NumericParameter> found = new ArrayList<>();
    if (root instanceof MapNode map) {
      map.entries().forEach((key, entry) -> {
        if (!EXCLUDED_TOP_LEVEL.contains(key)) {
          walk(entry.value(), Paths.child("", key), found);
        }
      });
    }
    return List.copyOf(found);
  }

  /**
   * True for a number that defines the work itself — how many features, tasks per feature, each
   * task's effort and size ({@code delivery.work.*}) — not a lever a leader pulls: "smaller
   * features" counts the same work in smaller pieces, so such numbers are ranked only when named.
   */
  public static boolean definesWork(NumericParameter parameter) {
    return parameter.path().startsWith(WORK);
  }

  private static void walk(YamlNode node, String path, List<NumericParameter> found) {
    if (node instanceof MapNode map) {
      map.entries().forEach((key, entry) -> walk(entry.value(), Paths.child(path, key), found));
    } else if (node instanceof ListNode list) {
      for (int i = 0; i < list.elements().size(); i++) {
        walk(list.elements().get(i), Paths.index(path, i), found);
      }
    } else if (node instanceof ScalarNode scalar) {
      NumericParameter parameter = numeric(path, scalar);
      if (parameter != null) {
        found.add(parameter);
      }
    }
  }

  /** The scalar as a parameter, or null when it is not a finite number (with or without a unit). */
  static NumericParameter numeric(String path, ScalarNode scalar) {
    String text = scalar.text().strip();
    switch (scalar.kind()) {
      case INTEGER, FLOAT -> {
        try {
          double value = Double.parseDouble(text.replace("_", ""));
          return Double.isFinite(value)
              ? new NumericParameter(path, text, scalar.kind() == ScalarNode.Kind.INTEGER, value, "")
              : null;
        } catch (NumberFormatException e) {
          return null; // hex, octal or sexagesimal YAML 1.1 forms: too rare to scale safely
        }
      }
      case STRING -> {
        Matcher m = WITH_UNIT.matcher(text);
        return m.matches()
            ? new NumericParameter(path, text, false, Double.parseDouble(m.group(1)), m.group(2))
            : null;
      }
      default -> {
        return null;
      }
    }
  }
}
