package dev.deliverysim.scenario;

import dev.deliverysim.scenario.tree.ListNode;
import dev.deliverysim.scenario.tree.MapNode;
import dev.deliverysim.scenario.tree.Paths;
import dev.deliverysim.scenario.tree.ScalarNode;
import dev.deliverysim.scenario.tree.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameter paths in a leader's words: {@code delivery.teams[devs].headcount} (or
 * {@code delivery.teams[0].headcount}) is "Developers (headcount)" when the team says
 * {@code label: Developers}, "devs (headcount)" when it does not. In order, the words come from a
 * lever the scenario declares for that exact path, then from the built-in words for the known paths
 * (with each team, gate, station and job class called by its {@code label}, else its name); a path
 * with no words is shown as it is. Files keep the paths; tables, reports and answers use these.
 */
public final class ParameterWords {
  /** Words for the known paths, list items written {@code [*]}; {@code {}} is the item's label. */
  private static final Map<String, String> KNOWN = Map.ofEntries(
      Map.entry("delivery.teams[*].headcount", "{} (headcount)"),
      Map.entry("delivery.teams[*].focus", "{}: focus (share of time on work)"),
      Map.entry("delivery.teams[*].meetings_per_teammate", "{}: meetings per teammate"),
      Map.entry("delivery.teams[*].coding_effort", "{}: coding effort (× the usual)"),
      Map.entry("delivery.gates[*].machines", "{} (machines)"),
      Map.entry("delivery.gates[*].detection", "{}: share of defects found"),
      Map.entry("delivery.gates[*].flakiness", "{}: flaky runs (share)"),
      Map.entry("delivery.gates[*].skip_below", "{}: skipped below (lines)"),
      Map.entry("delivery.gates[*].duration", "{}: time per pass"),
      Map.entry("delivery.gates[*].delay", "{}: delay"),
      Map.entry("delivery.work.features", "Features asked for"),
      Map.entry("delivery.work.backlog", "Backlog (features)"),
      Map.entry("delivery.work.tasks_per_feature", "Tasks per feature"),
      Map.entry("delivery.work.task_effort", "Effort per task"),
      Map.entry("delivery.work.lines_per_hour", "Lines of code per hour of effort"),
      Map.entry("delivery.work.prs_per_task", "PRs per task"),
      Map.entry("delivery.quality.defects_per_kloc", "Defects injected per 1,000 lines"),
      Map.entry("delivery.quality.rework_per_defect", "Rework per defect"),
      Map.entry("delivery.review.lines_per_hour", "Review speed (lines per hour)"),
      Map.entry("delivery.review.minimum", "Shortest review"),
      Map.entry("delivery.review.detection", "Review: share of defects found"),
      Map.entry("delivery.review.focused_lines", "Review: lines read with full focus"),
      Map.entry("delivery.review.approvals", "Approvals per PR"),
      Map.entry("delivery.review.sessions_per_day", "Review sessions per day"),
      Map.entry("delivery.review.session_cap", "Review session cap"),
      Map.entry("delivery.review.interrupt_cost", "Cost of an interruption to review"),
      Map.entry("delivery.review.max_effort", "Longest review"),
      Map.entry("delivery.review.owners.share", "Share of PRs needing a code owner"),
      Map.entry("delivery.ai.adoption", "AI adoption (share of tasks)"),
      Map.entry("delivery.ai.coding_effort", "AI coding effort (× without AI)"),
      Map.entry("delivery.ai.pr_size", "AI PR size (× without AI)"),
      Map.entry("delivery.ai.defect_injection", "AI defect injection (× without AI)"),
      Map.entry("delivery.ai.review_effort", "AI review effort (× without AI)"),
      Map.entry("delivery.ai.pickup_delay", "AI PRs put off before review"),
      Map.entry("delivery.ai.change_requests", "AI PRs: changes asked for anyway (share)"),
      Map.entry("delivery.ai.close_unmerged", "AI PRs closed unmerged (share)"),
      Map.entry("delivery.ai.redo_effort", "AI PRs: redo effort (× coding effort)"),
      Map.entry("delivery.ai.pre_review.detection", "AI pre-review: share of defects found"),
      Map.entry("delivery.ai.pre_review.effort_saved", "AI pre-review: review effort saved (share)"),
      Map.entry("delivery.ai.ramp.duration", "AI ramp-up time"),
      Map.entry("delivery.ai.ramp.learning_dip", "AI learning dip (× coding effort)"),
      Map.entry("delivery.wip_limits.open_prs_per_author", "WIP limit: open PRs per author"),
      Map.entry("delivery.wip_limits.review_queue", "WIP limit: review queue"),
      Map.entry("delivery.wip_limits.in_progress", "WIP limit: tasks in progress"),
      Map.entry("delivery.incidents.per_escaped_defect", "Incidents per escaped defect"),
      Map.entry("delivery.incidents.surfaces_after", "Time until an incident surfaces"),
      Map.entry("delivery.incidents.restore", "Effort to restore service"),
      Map.entry("delivery.coordination.conflict_chance_per_merge", "Merge conflict chance per merge"),
      Map.entry("delivery.coordination.resolve", "Effort to resolve a conflict"),
      Map.entry("delivery.coordination.context_switch", "Cost of a context switch"),
      Map.entry("delivery.coordination.per_open_pr", "Coordination cost per open PR"),
      Map.entry("delivery.cadence.deploy_every", "Release train interval"),
      Map.entry("delivery.cadence.sprint", "Sprint length"),
      Map.entry("delivery.cadence.tasks_per_sprint", "Tasks per sprint"),
      Map.entry("stations[*].servers", "{} (servers)"),
      Map.entry("stations[*].capacity", "{} (WIP limit)"),
      Map.entry("stations[*].service", "{}: service time"),
      Map.entry("stations[*].transfer_batch", "{}: transfer batch"),
      Map.entry("job_classes[*].arrivals.rate", "{} arrivals (rate)"),
      Map.entry("job_classes[*].arrivals.interarrival", "{}: time between arrivals"));

  /** The parameters of a distribution, in words: {@code lognormal.mean} is "mean". */
  private static final Map<String, String> LAW_PARAMETERS = Map.ofEntries(
      Map.entry("mean", "mean"), Map.entry("cv", "variability, cv"), Map.entry("median", "median"),
      Map.entry("min", "least"), Map.entry("max", "most"), Map.entry("mode", "most likely"),
      Map.entry("rate", "rate"), Map.entry("shape", "shape"),
      Map.entry("scale", "scale"), Map.entry("phases", "phases"));

  private final YamlNode tree;
  private final Map<String, String> declared;

  private ParameterWords(YamlNode tree, Map<String, String> declared) {
    this.tree = tree;
    this.declared = declared;
  }

  /** The words of {@code loaded}'s parameters: its declared levers' labels, then the built-in words. */
  public static ParameterWords of(LoadedScenario loaded) {
    Map<String, String> declared = new HashMap<>();
    ParameterWords plain = new ParameterWords(loaded.tree(), Map.of());
    for (Lever lever : loaded.scenario().levers()) {
      if (!lever.label().equals(lever.path())) { // a lever without a label is called by its path
        declared.put(plain.canonical(lever.path()), lever.label());
      }
    }
    return new ParameterWords(loaded.tree(), Map.copyOf(declared));
  }

  /** The words for {@code path}, or the path itself when there are none (or it does not parse). */
  public String words(String path) {
    String canonical = canonical(path);
    String mine = declared.get(canonical);
    if (mine != null) {
      return mine;
    }
    String known = known(path);
    return known != null ? known : path;
  }

  /** "Developers (headcount) = 7": a setting as a person reads it. */
  public String setting(String path, String value) {
    return words(path) + " = " + value;
  }

  /** The scenario's own label, or its name. */
  public static String scenarioLabel(YamlNode tree, String name) {
    return tree instanceof MapNode map && map.get("label") instanceof ScalarNode s && !s.text().isBlank()
        ? s.text() : name;
  }

  private String known(String path) {
    List<Paths.Segment> segments;
    try {
      segments = Paths.parse(path);
    } catch (IllegalArgumentException e) {
      return null;
    }
    StringBuilder pattern = new StringBuilder();
    String item = null;
    YamlNode node = tree;
    for (int i = 0; i < segments.size(); i++) {
      Paths.Segment segment = segments.get(i);
      if (segment instanceof Paths.Key key) {
        String words = KNOWN.get(pattern.toString());
        if (words != null && (LAW_PARAMETERS.containsKey(key.name()) || isFamily(key.name()))
            && !(words.contains("{}") && item == null)) {
          return law(words, item, segments.subList(i, segments.size()));
        }
        pattern.append(pattern.length() == 0 ? "" : ".").append(key.name());
        node = node instanceof MapNode map ? map.get(key.name()) : null;
      } else if (segment instanceof Paths.Index || segment instanceof Paths.Named) {
        pattern.append("[*]");
        node = element(node, segment);
        if (node == null) {
          return null; // no such item: the path says more than words could
        }
        item = itemLabel(node);
      } else {
        return null;
      }
    }
    String words = KNOWN.get(pattern.toString());
    return words == null || words.contains("{}") && item == null ? null : words.replace("{}", item == null ? "" : item);
  }

  /** Words for a parameter of a distribution: "Effort per task (mean)". */
  private static String law(String words, String item, List<Paths.Segment> rest) {
    List<String> parts = new ArrayList<>();
    for (Paths.Segment s : rest) {
      if (s instanceof Paths.Key key && !isFamily(key.name())) {
        parts.add(LAW_PARAMETERS.getOrDefault(key.name(), key.name().replace('_', ' ')));
      }
    }
    String base = words.replace("{}", item == null ? "" : item);
    return parts.isEmpty() ? base : base + " (" + String.join(", ", parts) + ")";
  }

  private static boolean isFamily(String key) {
    return List.of("fixed", "exponential", "uniform", "triangular", "lognormal", "gamma", "erlang", "weibull",
        "empirical").contains(key);
  }

  private static YamlNode element(YamlNode node, Paths.Segment segment) {
    if (!(node instanceof ListNode list)) {
      return null;
    }
    if (segment instanceof Paths.Index index) {
      return index.index() < list.elements().size() ? list.elements().get(index.index()) : null;
    }
    String name = ((Paths.Named) segment).name();
    for (YamlNode e : list.elements()) {
      if (e instanceof MapNode m && m.get("name") instanceof ScalarNode s && s.text().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** An item's label, else its name; null for an item with neither. */
  private static String itemLabel(YamlNode node) {
    if (node instanceof MapNode m) {
      if (m.get("label") instanceof ScalarNode label && !label.text().isBlank()) {
        return label.text();
      }
      if (m.get("name") instanceof ScalarNode name) {
        return name.text();
      }
    }
    return null;
  }

  /** The path with every list item written by its index, so both spellings find a declared label. */
  private String canonical(String path) {
    List<Paths.Segment> segments;
    try {
      segments = Paths.parse(path);
    } catch (IllegalArgumentException e) {
      return path;
    }
    List<Paths.Segment> out = new ArrayList<>();
    YamlNode node = tree;
    for (Paths.Segment segment : segments) {
      if (segment instanceof Paths.Named named && node instanceof ListNode list) {
        int found = -1;
        for (int i = 0; i < list.elements().size(); i++) {
          if (list.elements().get(i) instanceof MapNode m && m.get("name") instanceof ScalarNode s
              && s.text().equals(named.name())) {
            found = i;
          }
        }
        out.add(found >= 0 ? new Paths.Index(found) : segment);
        node = found >= 0 ? list.elements().get(found) : null;
      } else {
        out.add(segment);
        node = segment instanceof Paths.Key key && node instanceof MapNode map ? map.get(key.name())
            : element(node, segment);
      }
    }
    return Paths.format(out);
  }
}
