package dev.deliverysim.scenario.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * The tree without the map keys whose values could not be bound, so that the rest of the file can
 * still be checked: one value of the wrong type must not hide every other problem of its section.
 * A removed key falls back to its default (or is reported missing, and its section is then not
 * checked further); list items are never removed, since that would shift every later index.
 */
public final class Pruning {
  private Pruning() {}

  /** {@code root} without the value at each of {@code paths} that ends in a map key. */
  public static YamlNode without(YamlNode root, List<String> paths) {
    YamlNode tree = root;
    for (String path : paths) {
      List<Paths.Segment> segments;
      try {
        segments = Paths.parse(path);
      } catch (Paths.MalformedPathException e) {
        continue;
      }
      if (!segments.isEmpty() && segments.get(segments.size() - 1) instanceof Paths.Key) {
        tree = remove(tree, segments, 0);
      }
    }
    return tree;
  }

  private static YamlNode remove(YamlNode node, List<Paths.Segment> segments, int depth) {
    Paths.Segment segment = segments.get(depth);
    boolean last = depth == segments.size() - 1;
    if (segment instanceof Paths.Key key && node instanceof MapNode map && map.entries().containsKey(key.name())) {
      if (last) {
        return map.without(key.name());
      }
      MapEntry entry = map.entries().get(key.name());
      return map.with(key.name(), new MapEntry(entry.keyPosition(), remove(entry.value(), segments, depth + 1)));
    }
    if (segment instanceof Paths.Index index && node instanceof ListNode list && !last
        && index.index() >= 0 && index.index() < list.elements().size()) {
      List<YamlNode> elements = new ArrayList<>(list.elements());
      elements.set(index.index(), remove(elements.get(index.index()), segments, depth + 1));
      return new ListNode(list.position(), elements);
    }
    return node;
  }
}
