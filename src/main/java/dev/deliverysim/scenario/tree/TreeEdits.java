package dev.deliverysim.scenario.tree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes scenario trees before binding: command-line {@code --set} overrides and {@code extends:}
 * inheritance. Trees are immutable, so every edit returns a new root that shares untouched subtrees.
 *
 * <p><b>{@code --set path=value}</b> replaces the value at {@code path} (any depth) or adds a missing
 * last key to an existing map. The value is YAML ({@code 2}, {@code 2h}, {@code [1, 2]},
 * {@code {mean: 2h}}); its positions are {@code --set:1:col}, with {@code col} counted in the whole
 * argument, so binding errors point into it. A missing intermediate key, an index out of range or a
 * path through a scalar is an error at the offending path segment; the tree is then left unchanged.
 *
 * <p><b>Merge</b> ({@link #merge}) overlays an extending scenario on its base:
 * <ul>
 *   <li>maps merge key by key, recursively; base keys keep their order, new keys follow in the
 *       override's order; a merged entry takes the override's positions;</li>
 *   <li>a scalar, a {@code null} or a value of a different kind in the override replaces the base value;</li>
 *   <li>lists are replaced wholesale, except when both are non-empty and every element of both is a
 *       map with a distinct, non-null scalar {@code name}: then elements with the same name are
 *       deep-merged (in base order) and elements with new names are appended (in override order).
 *       An empty override list therefore clears the base list.</li>
 * </ul>
 */
public final class TreeEdits {

  /** The pseudo-source of positions inside {@code --set} arguments. */
  public static final String SET_SOURCE = "--set";

  private TreeEdits() {}

  /**
   * Applies one {@code path=value} assignment. Returns the new root, or {@code root} itself when the
   * assignment is reported as a problem (or when {@code root} is null because the file failed).
   */
  public static YamlNode applySet(YamlNode root, String assignment, Problems problems) {
    int equals = assignment.indexOf('=');
    if (equals < 0) {
      problems.error(at(0), "", "expected path=value, received: \"" + assignment + "\"");
      return root;
    }
    String path = assignment.substring(0, equals);
    List<Paths.Located> steps;
    try {
      steps = Paths.parseLocated(path);
    } catch (Paths.MalformedPathException e) {
      problems.error(at(e.column() - 1), path, "malformed path: " + e.problem());
      return root;
    }
    if (steps.isEmpty()) {
      problems.error(at(0), "", "expected path=value, but the path before '=' is empty");
      return root;
    }
    YamlNode value =
        YamlTreeReader.readString(assignment.substring(equals + 1), SET_SOURCE, equals + 1, problems);
    if (value == null || root == null) {
      return root;
    }
    YamlNode edited = new Assignment(path, steps, value, problems, null).apply(root, 0);
    return edited == null ? root : edited;
  }

  /**
   * Sets {@code value}, read elsewhere in a file, at {@code path} as {@link #applySet} would: a
   * scenario's phases set paths this way. Problems with the path are reported at {@code where}
   * (the path as written in the file); the value keeps its own positions, so binding errors point
   * at it. Returns the new root, or {@code root} after reporting.
   */
  public static YamlNode applyAt(YamlNode root, String path, Position where, YamlNode value, Problems problems) {
    List<Paths.Located> steps;
    try {
      steps = Paths.parseLocated(path);
    } catch (Paths.MalformedPathException e) {
      problems.error(where, path, "malformed path: " + e.problem());
      return root;
    }
    if (steps.isEmpty() || root == null) {
      problems.error(where, path, "expected a path such as delivery.ai.adoption, received an empty one");
      return root;
    }
    YamlNode edited = new Assignment(path, steps, value, problems, where).apply(root, 0);
    return edited == null ? root : edited;
  }

  /** Deep-merges {@code override} onto {@code base}; see the class comment for the rules. */
  public static MapNode merge(MapNode base, MapNode override) {
    Map<String, MapEntry> overrides = override.entries();
    LinkedHashMap<String, MapEntry> merged = new LinkedHashMap<>();
    base.entries().forEach((key, entry) -> {
      MapEntry over = overrides.get(key);
      merged.put(key, over == null
          ? entry : new MapEntry(over.keyPosition(), mergeValues(entry.value(), over.value())));
    });
    overrides.forEach(merged::putIfAbsent);
    return new MapNode(override.position(), merged);
  }

  private static YamlNode mergeValues(YamlNode base, YamlNode override) {
    if (base instanceof MapNode baseMap && override instanceof MapNode overMap) {
      return merge(baseMap, overMap);
    }
    if (base instanceof ListNode baseList && override instanceof ListNode overList) {
      Map<String, MapNode> baseNamed = byName(baseList);
      Map<String, MapNode> overNamed = byName(overList);
      if (baseNamed != null && overNamed != null) {
        List<YamlNode> elements = new ArrayList<>();
        baseNamed.forEach((name, element) -> {
          MapNode over = overNamed.get(name);
          elements.add(over == null ? element : merge(element, over));
        });
        overNamed.forEach((name, element) -> {
          if (!baseNamed.containsKey(name)) {
            elements.add(element);
          }
        });
        return new ListNode(overList.position(), elements);
      }
    }
    return override;
  }

  /** The elements keyed by their {@code name}, or null if the list does not qualify for merging by name. */
  private static Map<String, MapNode> byName(ListNode list) {
    if (list.elements().isEmpty()) {
      return null;
    }
    LinkedHashMap<String, MapNode> named = new LinkedHashMap<>();
    for (YamlNode element : list.elements()) {
      if (!(element instanceof MapNode map)
          || !(map.get("name") instanceof ScalarNode name)
          || name.isNull()
          || named.putIfAbsent(name.text(), map) != null) {
        return null;
      }
    }
    return named;
  }

  private static Position at(int offset) {
    return new Position(SET_SOURCE, 1, offset + 1);
  }

  /** One {@code --set} walking down the tree; returns null from {@link #apply} after reporting. */
  private record Assignment(String path, List<Paths.Located> steps, YamlNode value, Problems problems,
      Position where) {

    YamlNode apply(YamlNode node, int depth) {
      Paths.Located step = steps.get(depth);
      boolean last = depth == steps.size() - 1;
      if (step.segment() instanceof Paths.Key key) {
        if (!(node instanceof MapNode map)) {
          return fail(step, named(depth) + " is " + kindOf(node) + ", not a map");
        }
        MapEntry entry = map.entries().get(key.name());
        if (last) {
          return map.with(key.name(), new MapEntry(position(step), value));
        }
        if (entry == null) {
          // a missing section is created (delivery.ai.adoption=0.5 on a scenario without ai):
          // a misspelt key is then reported by the binder, with a suggestion, at this argument
          if (!(steps.get(depth + 1).segment() instanceof Paths.Key)) {
            return fail(step, named(depth + 1) + " does not exist, so it has no items to address");
          }
          YamlNode created = apply(new MapNode(position(step), Map.of()), depth + 1);
          return created == null ? null : map.with(key.name(), new MapEntry(position(step), created));
        }
        YamlNode child = apply(entry.value(), depth + 1);
        return child == null ? null : map.with(key.name(), new MapEntry(entry.keyPosition(), child));
      }
      if (!(node instanceof ListNode list)) {
        return fail(step, named(depth) + " is " + kindOf(node) + ", not a list");
      }
      int index = indexOf(step, list, last);
      if (index < 0) {
        return null;
      }
      if (index == list.elements().size() && step.segment() instanceof Paths.Append) {
        List<YamlNode> appended = new ArrayList<>(list.elements());
        appended.add(value);
        return new ListNode(list.position(), appended);
      }
      if (index >= list.elements().size()) {
        return fail(step, "index " + index + " is out of range; " + named(depth) + " has "
            + list.elements().size() + " element" + (list.elements().size() == 1 ? "" : "s"));
      }
      YamlNode child = last ? value : apply(list.elements().get(index), depth + 1);
      if (child == null) {
        return null;
      }
      List<YamlNode> elements = new ArrayList<>(list.elements());
      elements.set(index, child);
      return new ListNode(list.position(), elements);
    }

    /** The index a step addresses: as written, by an item's name, or past the end to append; -1 after reporting. */
    private int indexOf(Paths.Located step, ListNode list, boolean last) {
      if (step.segment() instanceof Paths.Index index) {
        return index.index();
      }
      if (step.segment() instanceof Paths.Append) {
        if (!last) {
          fail(step, "'[+]' adds an item, so it must end the path (write the whole item as the value)");
          return -1;
        }
        return list.elements().size();
      }
      String name = ((Paths.Named) step.segment()).name();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < list.elements().size(); i++) {
        if (list.elements().get(i) instanceof MapNode item && item.get("name") instanceof ScalarNode n) {
          if (n.text().equals(name)) {
            return i;
          }
          names.add(n.text());
        }
      }
      String hint = Spelling.hint(name, names);
      fail(step, "no item named '" + name + "'" + hint + "; names are: " + Names.listed(names));
      return -1;
    }

    private YamlNode fail(Paths.Located step, String message) {
      problems.error(position(step), path, "cannot set: " + message);
      return null;
    }

    /** Where a step is written: in the {@code --set} argument, or at the path's place in a file. */
    private Position position(Paths.Located step) {
      return where != null ? where : at(step.offset());
    }

    private String named(int depth) {
      List<Paths.Segment> segments = new ArrayList<>();
      for (Paths.Located step : steps.subList(0, depth)) {
        segments.add(step.segment());
      }
      String formatted = Paths.format(segments);
      return formatted.isEmpty() ? "the top level" : "'" + formatted + "'";
    }

    private static String kindOf(YamlNode node) {
      return node instanceof ScalarNode ? "a single value (" + node.describe() + ")" : node.describe();
    }
  }
}
