package dev.deliverysim.scenario;

import dev.deliverysim.scenario.tree.PathLocator;
import dev.deliverysim.scenario.tree.Paths;
import dev.deliverysim.scenario.tree.YamlNode;
import java.util.Set;

/**
 * A path a scenario names for {@code --set}-like use — a lever, an uncertain input: what the
 * scenario writes there, once the path is known to be well formed and outside the sections that
 * describe how the system is measured rather than the system.
 */
final class SettablePath {
  /** What is written at a path: {@code node} is null when nothing is. */
  record Written(YamlNode node) {}

  private SettablePath() {}

  /**
   * What {@code tree} writes at {@code path}; null after reporting, at {@code where}, a malformed
   * path or one whose first key is in {@code refused} ({@code refusal} says why, given that key).
   */
  static Written find(YamlNode tree, String path, Set<String> refused, java.util.function.UnaryOperator<String> refusal,
      Locator at, String where) {
    YamlNode node;
    try {
      node = PathLocator.find(tree, path);
    } catch (Paths.MalformedPathException e) {
      at.error(where, "malformed path: " + e.problem() + ", received: \"" + path + "\"");
      return null;
    }
    String first = path.split("[.\\[]", 2)[0];
    if (refused.contains(first)) {
      at.error(where, refusal.apply(first) + ", received: \"" + path + "\"");
      return null;
    }
    return new Written(node);
  }
}
