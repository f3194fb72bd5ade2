package dev.deliverysim.scenario.tree;

import java.util.List;

/**
 * Finds where a path was written, so checks that run after binding (unknown station names, rates
 * that do not add up) can still report {@code file:line:col}.
 */
public final class PathLocator {

  private PathLocator() {}

  /**
   * The position of the value at {@code path}, or of its deepest existing ancestor when the path is
   * missing (so "missing" errors point at the map that should hold the value). Null if {@code root}
   * is null; a malformed path throws {@link Paths.MalformedPathException}.
   */
  public static Position locate(YamlNode root, String path) {
    if (root == null) {
      return null;
    }
    YamlNode node = root;
    for (Paths.Segment segment : Paths.parse(path)) {
      YamlNode child = child(node, segment);
      if (child == null) {
        break;
      }
      node = child;
    }
    return node.position();
  }

  /**
   * Like {@link #locate}, but for a path ending in an existing map key returns the key's position,
   * for errors about the key itself rather than its value.
   */
  public static Position locateKey(YamlNode root, String path) {
    List<Paths.Segment> segments = Paths.parse(path);
    if (root != null && !segments.isEmpty()
        && segments.get(segments.size() - 1) instanceof Paths.Key key) {
      YamlNode parent = root;
      for (Paths.Segment segment : segments.subList(0, segments.size() - 1)) {
        parent = parent == null ? null : child(parent, segment);
      }
      if (parent instanceof MapNode map && map.entries().containsKey(key.name())) {
        return map.entries().get(key.name()).keyPosition();
      }
    }
    return locate(root, path);
  }

  private static YamlNode child(YamlNode node, Paths.Segment segment) {
    if (segment instanceof Paths.Key key && node instanceof MapNode map) {
      return map.get(key.name());
    }
    if (segment instanceof Paths.Index index && node instanceof ListNode list
        && index.index() < list.elements().size()) {
      return list.elements().get(index.index());
    }
    return null;
  }

  /**
   * The node at {@code path} as {@code --set} would address it (indices, or list items by
   * {@code [name]}), or null when nothing is there; a malformed path throws
   * {@link Paths.MalformedPathException}.
   */
  public static YamlNode find(YamlNode root, String path) {
    YamlNode node = root;
    for (Paths.Segment segment : Paths.parse(path)) {
      if (node == null) {
        return null;
      }
      node = segment instanceof Paths.Named named ? named(node, named.name()) : child(node, segment);
    }
    return node;
  }

  private static YamlNode named(YamlNode node, String name) {
    if (node instanceof ListNode list) {
      for (YamlNode element : list.elements()) {
        if (element instanceof MapNode map && map.get("name") instanceof ScalarNode s && s.text().equals(name)) {
          return element;
        }
      }
    }
    return null;
  }
}
