package dev.deliverysim.scenario;

import dev.deliverysim.scenario.tree.ListNode;
import dev.deliverysim.scenario.tree.MapNode;
import dev.deliverysim.scenario.tree.Paths;
import dev.deliverysim.scenario.tree.ScalarNode;
import dev.deliverysim.scenario.tree.TreeEdits;
import dev.deliverysim.scenario.tree.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every value a scenario sets, after its {@code extends} chain and {@code --set} overrides, in
 * document order, each with where it was set and the comment written beside it — scenarios put
 * their sources there ({@code pr_size: 2.54   # Faros AI 2025: PR size +154%}). This is what a report lists
 * as the run's assumptions; values left to their defaults are documented in the scenario reference.
 * Everything comes from the loaded scenario (its merged tree and the comments captured as its files
 * were read), so a file edited during a long run cannot change the report of what ran.
 */
public final class Assumptions {
  private static final Set<String> LEFT_OUT = Set.of("name", "label", "description", "extends", "sweep");

  /**
   * One value: its {@code path} ({@code delivery.ai.pr_size}), its text as written, the
   * {@code file:line} (or {@code --set}) that set it, and its end-of-line comment ("" if none);
   * {@code words} is the path as a person reads it ({@link ParameterWords}), the path itself when
   * there are none.
   */
  public record Assumption(String path, String value, String setIn, String note, String words) {
    /** "Developers (headcount) — delivery.teams[0].headcount", or the bare path without words. */
    public String shown() {
      return words.equals(path) ? path : words + " — " + path;
    }
  }

  private Assumptions() {}

  /** The assumptions of a loaded scenario. */
  public static List<Assumption> of(LoadedScenario loaded) {
    List<Assumption> found = new ArrayList<>();
    if (loaded.tree() instanceof MapNode root) {
      root.entries().forEach((key, entry) -> {
        if (!LEFT_OUT.contains(key)) {
          walk(entry.value(), Paths.child("", key), loaded.notes(), found);
        }
      });
    }
    ParameterWords words = ParameterWords.of(loaded);
    return found.stream().map(a -> new Assumption(a.path(), a.value(), a.setIn(), a.note(), words.words(a.path())))
        .toList();
  }

  private static void walk(YamlNode node, String path, Map<String, String> notes, List<Assumption> found) {
    if (node instanceof MapNode map) {
      map.entries().forEach((key, entry) -> walk(entry.value(), Paths.child(path, key), notes, found));
    } else if (node instanceof ListNode list) {
      for (int i = 0; i < list.elements().size(); i++) {
        walk(list.elements().get(i), Paths.index(path, i), notes, found);
      }
    } else if (node instanceof ScalarNode scalar && !scalar.isNull()) {
      String source = scalar.position().source();
      boolean fromCommandLine = source.equals(TreeEdits.SET_SOURCE);
      String setIn = fromCommandLine ? source : source + ":" + scalar.position().line();
      found.add(new Assumption(path, scalar.text(), setIn, fromCommandLine ? "" : notes.getOrDefault(setIn, ""), path));
    }
  }
}
