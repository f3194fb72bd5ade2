package dev.deliverysim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes a scenario worse the ways careless and hostile users do, one seeded change at a time: a
 * value swapped for an out-of-range, special or wrongly typed one, a key dropped, an unknown or
 * misspelt key added, a section replaced by a scalar, a list item copied, a hostile name or
 * {@code extends}; and, on the text, a cut, a stray character or a repeated line.
 */
final class ScenarioMutator {
  /** Values that broke, or might break, a parser, a binder, a bound or the engine. */
  static final List<String> HOSTILE = List.of("-1", "0", "1", "1e308", "1e999", ".nan", ".inf", "-.inf", "''",
      "~", "abc", "1.5", "10h", "-5h", "1e9", "1000000000", "2147483648", "9223372036854775808", "unlimited",
      "1e-300", "ü", "'../x'", "true", "0x10", "1/0h", "0/h", "3 per day", "5w", "1000000/h", "[]", "{}",
      "[1, 2]", "{fixed: 1h}", "{exponential: {mean: 0h}}", "{lognormal: {median: 1h, p90: 0.5h}}",
      "'  '", "'a/b'", "1e-9", "0.999999", "100", "50000", "'\\t'", "'extends'", "null", "-0", "1_000");
  static final List<String> KEYS = List.of("nmae", "servers", "extends", "rate", "mean", "name", "headcount",
      "delivery", "stations", "sweep", "units", "zz");
  static final List<String> EXTENDS = List.of("/etc/passwd", "../../../../etc/hostname", "/dev/zero", "baseline.yaml",
      "mm1.yaml", ".", "..", "missing.yaml", "../outside.yaml", "security-review.yaml");
  /** Command-line overrides, malformed and hostile, added to some mutants. */
  static final List<String> SETS = List.of("run.seed=", "=", "x", "run..seed=1", "run.seed=[1", "a[=1", "a[]=1",
      "teams[devs].headcount=3", "delivery.teams[devs].headcount=0", "delivery.teams[nobody].focus=1",
      "stations[99].servers=2", "stations[+]={name: x}", "stations[+].name=x", "delivery.gates[+]={name: ''}",
      "delivery.ai.adoption=2", "run.horizon=1e308h", "run.replications=0", "name=../../escape", "extends=/etc/passwd",
      "delivery.qualiti.defects_per_kloc=5", "job_classes[0].arrivals.rate=-1", "units.hours_per_day=25",
      "sweep=[x]", "run=", "stations[0].service={fixed: -1h}", "delivery.work.backlog=2147483648");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SplittableRandom random;

  ScenarioMutator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** One to three changes to a deep copy of {@code tree}. */
  JsonNode mutate(JsonNode tree) {
    JsonNode copy = tree.deepCopy();
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      change(copy);
    }
    return copy;
  }

  private void change(JsonNode root) {
    List<Slot> slots = new ArrayList<>();
    collect(root, slots);
    if (slots.isEmpty() || !(root instanceof ObjectNode top)) {
      return;
    }
    Slot slot = pick(slots);
    switch (random.nextInt(8)) {
      case 0, 1, 2 -> slot.set(MutantYaml.parse(pick(HOSTILE)));
      case 3 -> slot.remove();
      case 4 -> { if (slot.parent() instanceof ObjectNode o) { o.set(pick(KEYS), MutantYaml.parse(pick(HOSTILE))); } }
      case 5 -> slot.set(slot.value().isContainerNode() ? MutantYaml.parse(pick(HOSTILE)) : NODES.objectNode().put("x", 1));
      case 6 -> { if (slot.parent() instanceof ArrayNode a) { a.add(slot.value().deepCopy()); } }
      default -> {
        if (random.nextBoolean()) {
          top.put("extends", pick(EXTENDS));
        } else {
          top.set("name", MutantYaml.parse(pick(HOSTILE)));
        }
      }
    }
  }

  /** A text-level change: cut, stray character, or a line repeated. */
  String mutateText(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int at = random.nextInt(text.length());
    return switch (random.nextInt(4)) {
      case 0 -> text.substring(0, at);
      case 1 -> text.substring(0, at) + pick(List.of("\t", ":", "- ", "{", "]", "&a ", "*a", "\u0000", "!!binary ", "'", "\n  ")) + text.substring(at);
      case 2 -> {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        String line = text.substring(start, end < 0 ? text.length() : end + 1);
        yield text.substring(0, start) + line + line + text.substring(start + line.length());
      }
      default -> text + "\n" + pick(KEYS) + ": " + pick(HOSTILE) + "\n";
    };
  }

  /** A place in the tree that holds a value, so it can be replaced or removed. */
  private record Slot(JsonNode parent, String key, int index, JsonNode value) {
    void set(JsonNode v) {
      if (parent instanceof ObjectNode o) {
        o.set(key, v);
      } else {
        ((ArrayNode) parent).set(index, v);
      }
    }

    void remove() {
      if (parent instanceof ObjectNode o) {
        o.remove(key);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }

  private static void collect(JsonNode node, List<Slot> slots) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        slots.add(new Slot(o, e.getKey(), -1, e.getValue()));
        collect(e.getValue(), slots);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        slots.add(new Slot(a, null, i, a.get(i)));
        collect(a.get(i), slots);
      }
    }
  }
}
