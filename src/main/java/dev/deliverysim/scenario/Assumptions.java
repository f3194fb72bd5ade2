package dev.deliverysim.scenario;

import dev.deliverysim.scenario.tree.InheritanceResolver;
import dev.deliverysim.scenario.tree.ListNode;
import dev.deliverysim.scenario.tree.MapNode;
import dev.deliverysim.scenario.tree.Paths;
import dev.deliverysim.scenario.tree.Problems;
import dev.deliverysim.scenario.tree.ScalarNode;
import dev.deliverysim.scenario.tree.TreeEdits;
import dev.deliverysim.scenario.tree.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every value a scenario sets, after its {@code extends} chain and {@code --set} overrides, in
 * document order, each with where it was set and the comment written beside it — scenarios put
 * their sources there ({@code pr_size: 2.54   # Faros AI 2025: PR size +154%}). This is what a report lists
 * as the run's assumptions; values left to their defaults are documented in the scenario reference.
 */
public final class Assumptions {
  private static final Set<String> LEFT_OUT = Set.of("name", "description", "extends", "sweep");

  /**
   * One value: its {@code path} ({@code delivery.ai.pr_size}), its text as written, the
   * {@code file:line} (or {@code --set}) that set it, and its end-of-line comment ("" if none).
   */
  public record Assumption(String path, String value, String setIn, String note) {}

  private Assumptions() {}

  /** The assumptions of a scenario that loads; an empty list if it does not. */
  public static List<Assumption> of(Path file, List<String> overrides) {
    Problems problems = new Problems();
    YamlNode tree = InheritanceResolver.resolve(file, file.toString(), problems);
    for (String assignment : overrides) {
      if (tree != null) {
        tree = TreeEdits.applySet(tree, assignment, problems);
      }
    }
    List<Assumption> found = new ArrayList<>();
    if (tree instanceof MapNode root) {
      Map<String, List<String>> sources = new HashMap<>();
      root.entries().forEach((key, entry) -> {
        if (!LEFT_OUT.contains(key)) {
          walk(entry.value(), Paths.child("", key), sources, found);
        }
      });
    }
    return List.copyOf(found);
  }

  private static void walk(YamlNode node, String path, Map<String, List<String>> sources, List<Assumption> found) {
    if (node instanceof MapNode map) {
      map.entries().forEach((key, entry) -> walk(entry.value(), Paths.child(path, key), sources, found));
    } else if (node instanceof ListNode list) {
      for (int i = 0; i < list.elements().size(); i++) {
        walk(list.elements().get(i), Paths.index(path, i), sources, found);
      }
    } else if (node instanceof ScalarNode scalar && !scalar.isNull()) {
      String source = scalar.position().source();
      int line = scalar.position().line();
      boolean fromCommandLine = source.equals(TreeEdits.SET_SOURCE);
      String note = fromCommandLine ? "" : comment(lines(source, sources), line);
      found.add(new Assumption(path, scalar.text(), fromCommandLine ? source : source + ":" + line, note));
    }
  }

  private static List<String> lines(String source, Map<String, List<String>> cache) {
    return cache.computeIfAbsent(source, s -> {
      try {
        return Files.readAllLines(Path.of(s));
      } catch (IOException | RuntimeException e) {
        return List.of(); // unreadable now: the values stand without their notes
      }
    });
  }

  /** The end-of-line comment of line {@code line} (1-based): text after a {@code #} outside quotes. */
  static String comment(List<String> lines, int line) {
    if (line > lines.size()) {
      return "";
    }
    String text = lines.get(line - 1);
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        return text.substring(i + 1).strip();
      }
    }
    return "";
  }
}
