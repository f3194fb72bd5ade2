package dev.deliverysim.scenario;

import dev.deliverysim.scenario.tree.PathLocator;
import dev.deliverysim.scenario.tree.Problems;
import dev.deliverysim.scenario.tree.YamlNode;

/**
 * Reports semantic problems found after binding at the file position of the offending value,
 * found again in the merged tree by its path.
 */
final class Locator {
  private final YamlNode tree;
  private final Problems problems;

  Locator(YamlNode tree, Problems problems) {
    this.tree = tree;
    this.problems = problems;
  }

  void error(String path, String message) {
    problems.error(PathLocator.locate(tree, path), path, message);
  }

  /** An error about a map key itself (an unknown name used as a key). */
  void keyError(String path, String message) {
    problems.error(PathLocator.locateKey(tree, path), path, message);
  }

  void warning(String path, String message) {
    problems.warning(PathLocator.locate(tree, path), path, message);
  }

  /** The merged tree values are looked up in. */
  YamlNode tree() {
    return tree;
  }

  int errorCount() {
    return problems.errorCount();
  }
}
