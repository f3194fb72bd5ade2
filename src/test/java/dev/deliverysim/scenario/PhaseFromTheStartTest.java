package dev.deliverysim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.scenario.tree.ListNode;
import dev.deliverysim.scenario.tree.MapEntry;
import dev.deliverysim.scenario.tree.MapNode;
import dev.deliverysim.scenario.tree.ScalarNode;
import dev.deliverysim.scenario.tree.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every part of the simulation follows a phase (issue 10): a phase at time 0 that sets a value
 * must give, bit for bit, what setting it in the scenario gives — for every number of the shipped
 * delivery scenarios, changed in turn. A part that kept what it made from the first definition
 * (a sampler, a limit, a flag) fails here, naming the path. Changes of shape are refused by the
 * loader and skipped; at least half of the numbers must be phaseable.
 */
class PhaseFromTheStartTest {
  private static final List<String> RUN = List.of("run.horizon=6w", "run.warmup=0", "run.replications=2");
  private static final Pattern NUMBER = Pattern.compile("^(-?[0-9.]+(?:e-?[0-9]+)?)(.*)$");

  @ParameterizedTest
  @ValueSource(strings = {"ai-adoption", "ai-redesign", "ai-quality-gates", "security-review", "forecast-backlog",
      "small-team-ai"})
  void aPhaseAtTheStartEqualsTheValueSetInTheScenario(String name) throws ScenarioException {
    Path file = Path.of("scenarios", name + ".yaml");
    LoadedScenario loaded = ScenarioLoader.load(file, RUN);
    List<String[]> leaves = new ArrayList<>();
    numbers(((MapNode) loaded.tree()).get("delivery"), "delivery", leaves);
    int checked = 0;
    int shape = 0;
    for (String[] leaf : leaves) {
      String changed = changed(leaf[1]);
      LoadedScenario set;
      try {
        set = ScenarioLoader.withOverrides(loaded, List.of(leaf[0] + "=" + changed));
      } catch (ScenarioException e) {
        continue; // the changed value is not allowed there: nothing to compare
      }
      LoadedScenario phased;
      try {
        phased = ScenarioLoader.withOverrides(loaded,
            List.of("phases=[{at: 0, set: {'" + leaf[0] + "': " + changed + "}}]"));
      } catch (ScenarioException e) {
        assertTrue(e.getMessage().contains("not its shape"), leaf[0] + ": " + e.getMessage());
        shape++;
        continue;
      }
      assertSame(set.scenario(), phased.scenario(), file + ": " + leaf[0] + " = " + changed);
      checked++;
    }
    assertTrue(checked >= leaves.size() / 2 && checked > 5,
        file + ": " + checked + " of " + leaves.size() + " numbers checked, " + shape + " change the shape");
  }

  private static void assertSame(Scenario expected, Scenario actual, String what) {
    SimulationModel a = expected.model();
    SimulationModel b = actual.model();
    for (int r = 0; r < expected.replications(); r++) {
      ReplicationResult x = a.replicate(expected.seed(), r);
      ReplicationResult y = b.replicate(actual.seed(), r);
      assertArrayEquals(x.values(), y.values(), what + ", replication " + r);
    }
  }

  /** Every number under {@code node}, with its {@code --set} path; named list items by name. */
  private static void numbers(YamlNode node, String path, List<String[]> out) {
    if (node instanceof MapNode map) {
      for (Map.Entry<String, MapEntry> e : map.entries().entrySet()) {
        numbers(e.getValue().value(), path + "." + e.getKey(), out);
      }
    } else if (node instanceof ListNode list) {
      for (int i = 0; i < list.elements().size(); i++) {
        YamlNode item = list.elements().get(i);
        String at = item instanceof MapNode m && m.get("name") instanceof ScalarNode n
            ? "[" + n.text() + "]" : "[" + i + "]";
        numbers(item, path + at, out);
      }
    } else if (node instanceof ScalarNode s && NUMBER.matcher(s.text()).matches() && !path.endsWith(".seed")) {
      out.add(new String[] {path, s.text()});
    }
  }

  /** A different value of the same kind: a count plus one, a share four fifths of itself, else 1.3 times. */
  private static String changed(String text) {
    Matcher m = NUMBER.matcher(text);
    m.matches();
    String unit = m.group(2);
    double v = Double.parseDouble(m.group(1));
    double next = m.group(1).matches("-?[0-9]+") && unit.isEmpty() ? v + 1 : v > 0 && v < 1 ? v * 0.8 : v * 1.3;
    String number = next == Math.rint(next) && Math.abs(next) < 1e15
        ? String.valueOf((long) next) : String.format(Locale.ROOT, "%.6g", next);
    return unit.isEmpty() ? number : "'" + number + unit + "'";
  }
}
