package dev.deliverysim.scenario;

import dev.deliverysim.model.StationDef;
import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.model.delivery.GateDef;
import dev.deliverysim.model.delivery.TeamDef;
import dev.deliverysim.scenario.tree.PathLocator;
import dev.deliverysim.scenario.tree.ScalarNode;
import dev.deliverysim.scenario.tree.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The levers of the workshop page for a loaded scenario: the ones it declares, or, when it declares
 * none, the usual ones for its kind. A delivery organisation gets each team's headcount, AI adoption
 * (and, with AI, its coding effort and PR size), the review rate, its WIP limits and each gate's
 * machines; a network gets each station's servers and WIP limit (capacity). Ranges run from the
 * least that makes sense to about twice the scenario's value; a value the scenario leaves out starts
 * at its documented default.
 */
public final class Levers {
  private Levers() {}

  public static List<Lever> of(LoadedScenario loaded) {
    Scenario scenario = loaded.scenario();
    if (!scenario.levers().isEmpty()) {
      return scenario.levers();
    }
    List<Lever> levers = new ArrayList<>();
    if (scenario.body() instanceof Scenario.DeliveryBody d) {
      delivery(d.delivery(), loaded.tree(), levers);
    } else if (scenario.body() instanceof Scenario.NetworkBody n) {
      n.network().stations().forEach(station -> station(station, levers));
    }
    return List.copyOf(levers);
  }

  private static void delivery(DeliveryDef delivery, YamlNode tree, List<Lever> levers) {
    for (TeamDef team : delivery.teams()) {
      count(tree, "delivery.teams[" + team.name() + "].headcount", team.name() + " headcount", 1, levers);
    }
    double adoption = number(tree, "delivery.ai.adoption", 0);
    levers.add(new Lever("delivery.ai.adoption", "AI adoption (share of tasks)", 0, 1, 0.05, adoption));
    if (PathLocator.find(tree, "delivery.ai") != null) {
      levers.add(ranged("delivery.ai.coding_effort", "AI coding effort (× without AI)", 0.3, 1.5, 0.05,
          number(tree, "delivery.ai.coding_effort", 1)));
      levers.add(ranged("delivery.ai.pr_size", "AI PR size (× without AI)", 0.5, 4, 0.1,
          number(tree, "delivery.ai.pr_size", 1)));
    }
    levers.add(ranged("delivery.review.lines_per_hour", "Review speed (lines per hour)", 100, 1000, 50,
        number(tree, "delivery.review.lines_per_hour", 300)));
    if (PathLocator.find(tree, "delivery.review.sessions_per_day") != null) {
      levers.add(ranged("delivery.review.sessions_per_day", "Review sessions per day", 1, 8, 1,
          number(tree, "delivery.review.sessions_per_day", 3)));
    }
    for (String limit : List.of("open_prs_per_author", "review_queue", "in_progress")) {
      count(tree, "delivery.wip_limits." + limit, "WIP limit: " + limit.replace('_', ' '), 1, levers);
    }
    for (GateDef gate : delivery.gates()) {
      count(tree, "delivery.gates[" + gate.name() + "].machines", gate.name() + " machines", 1, levers);
    }
  }

  /**
   * Servers (a station without the key has one) up to its capacity, if it has one: a station
   * cannot hold fewer jobs than it serves; and its capacity (WIP limit) from its servers up.
   */
  private static void station(StationDef station, List<Lever> levers) {
    String at = "stations[" + station.name() + "]";
    int servers = station.servers();
    if (!station.hasUnlimitedServers()) {
      double max = Math.max(2 * servers, servers + 4);
      if (station.hasFiniteCapacity()) {
        max = Math.min(max, station.capacity());
      }
      if (max > servers || servers > 1) {
        levers.add(new Lever(at + ".servers", station.name() + " servers", 1, Math.max(max, servers), 1, servers));
      }
    }
    if (station.hasFiniteCapacity() && !station.hasUnlimitedServers()) {
      int capacity = station.capacity();
      double max = Math.max(2 * capacity, capacity + 4);
      levers.add(new Lever(at + ".capacity", station.name() + " WIP limit", servers, max, 1, capacity));
    }
  }

  /** A whole-number lever from {@code least} to about twice the scenario's value, if it sets one. */
  private static void count(YamlNode tree, String path, String label, int least, List<Lever> levers) {
    double value = number(tree, path, Double.NaN);
    if (Double.isNaN(value) || value != Math.rint(value) || value < least) {
      return; // not set, or not a plain count ("unlimited"): no lever
    }
    double max = Math.max(2 * value, value + 4);
    levers.add(new Lever(path, label, least, max, 1, value));
  }

  private static double number(YamlNode tree, String path, double absent) {
    if (PathLocator.find(tree, path) instanceof ScalarNode s
        && (s.kind() == ScalarNode.Kind.INTEGER || s.kind() == ScalarNode.Kind.FLOAT)) {
      try {
        return Double.parseDouble(s.text().replace("_", ""));
      } catch (NumberFormatException e) {
        return absent;
      }
    }
    return absent;
  }

  /** A lever over {@code min … max}, widened to take in the scenario's own value. */
  private static Lever ranged(String path, String label, double min, double max, double step, double value) {
    return new Lever(path, label, Math.min(min, value), Math.max(max, value), step, value);
  }
}
