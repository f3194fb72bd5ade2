package dev.deliverysim.scenario;

import dev.deliverysim.scenario.spec.BranchSpec;
import dev.deliverysim.scenario.spec.PhaseValue;
import dev.deliverysim.scenario.spec.RouteSpec;
import dev.deliverysim.scenario.tree.ListNode;
import dev.deliverysim.scenario.tree.MapNode;
import dev.deliverysim.scenario.tree.Problems;
import dev.deliverysim.scenario.tree.RecordBinder;
import dev.deliverysim.scenario.tree.ScalarNode;
import dev.deliverysim.scenario.tree.YamlNode;
import java.util.List;
import java.util.Locale;

/** The record binder set up for scenario files: durations and rates in the file's own units. */
final class ScenarioBinder {
  private ScenarioBinder() {}

  static RecordBinder forUnits(Units units) {
    return new RecordBinder()
        .withScalar(TimeSpan.class, units::duration)
        .withScalar(Rate.class, units::rate)
        .withScalar(Count.class, ScenarioBinder::count)
        .withScalar(Quantity.class, text -> Quantity.parse(text, units))
        .withNode(RouteSpec.class, ScenarioBinder::route)
        .withNode(PhaseValue.class, (node, path, problems, binder) -> new PhaseValue(node));
  }

  private static Count count(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("unlimited")) {
      return new Count(Count.UNLIMITED);
    }
    try {
      int n = Integer.parseInt(t);
      if (n >= 1) {
        return new Count(n);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("an integer ≥ 1 or 'unlimited'");
  }

  private static RouteSpec route(YamlNode node, String path, Problems problems, RecordBinder binder) {
    if (node instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.STRING) {
      return new RouteSpec(List.of(new BranchSpec(scalar.text(), null)), true);
    }
    if (node instanceof ListNode || node instanceof MapNode) {
      List<YamlNode> items = node instanceof ListNode list ? list.elements() : List.of(node);
      boolean ok = true;
      java.util.ArrayList<BranchSpec> branches = new java.util.ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        String at = node instanceof ListNode ? path + "[" + i + "]" : path;
        BranchSpec b = binder.bindValue(items.get(i), BranchSpec.class, at, problems);
        ok &= b != null;
        branches.add(b);
      }
      return ok ? new RouteSpec(branches, false) : null;
    }
    problems.error(node.position(), path,
        "expected a station name or a list of {to: station, p: probability}, received: " + node.describe());
    return null;
  }
}
