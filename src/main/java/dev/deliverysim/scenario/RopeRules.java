package dev.deliverysim.scenario;

import dev.deliverysim.model.Rope;
import dev.deliverysim.model.StationDef;
import dev.deliverysim.model.Transition;
import dev.deliverysim.scenario.spec.RopeSpec;
import dev.deliverysim.scenario.spec.StationSpec;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Compiles a network's drum-buffer-rope ({@code stations[i].rope}) with located messages: at most
 * one station holds a rope, it rolls a die (the rope is checked as rounds are played), and its drum
 * is another station that the gate's work reaches.
 */
final class RopeRules {
  private final Locator at;

  RopeRules(Locator at) {
    this.at = at;
  }

  /**
   * The network's rope, {@link Rope#NONE} without one; null after an error.
   *
   * @param stations the compiled stations, in the spec's order (none null: called after they compiled)
   */
  Rope compile(List<StationSpec> specs, List<String> names, RouteCompiler routes, List<StationDef> stations) {
    int errors = at.errorCount();
    Rope rope = Rope.NONE;
    for (int s = 0; s < specs.size(); s++) {
      RopeSpec spec = specs.get(s).rope();
      if (spec == null) {
        continue;
      }
      String path = "stations[" + s + "].rope";
      if (rope.present()) {
        at.error(path, "expected one rope in the network; stations[" + rope.gate() + "] already holds one");
        continue;
      }
      if (!stations.get(s).play().rolls()) {
        at.error(path, "a rope is played in rounds: only a station that rolls a die (moves_per_round) can hold one");
      }
      int drum = names.indexOf(spec.drum());
      if (drum < 0) {
        at.error(path + ".drum", routes.unknownStation(spec.drum()));
      } else if (drum == s) {
        at.error(path + ".drum", "expected another station (the slowest, downstream), received: the gate itself, '"
            + spec.drum() + "'");
      } else if (!reaches(stations, s, drum)) {
        at.error(path + ".drum", "expected a station that work from '" + names.get(s) + "' reaches, received: '"
            + spec.drum() + "', which it never reaches");
      }
      if (spec.buffer() < 1 || spec.buffer() > PlayRules.MOST) {
        at.error(path + ".buffer", "expected a whole number of jobs from 1 to " + PlayRules.MOST + ", received: "
            + spec.buffer());
      }
      if (at.errorCount() == errors) {
        rope = new Rope(s, drum, spec.buffer());
      }
    }
    return at.errorCount() > errors ? null : rope;
  }

  /** Whether some job class's routes lead from station {@code from} to station {@code to}. */
  private static boolean reaches(List<StationDef> stations, int from, int to) {
    boolean[] seen = new boolean[stations.size()];
    ArrayDeque<Integer> pending = new ArrayDeque<>(List.of(from));
    while (!pending.isEmpty()) {
      int s = pending.pop();
      for (var routing : stations.get(s).routingByClass()) {
        for (Transition t : routing.transitions()) {
          if (t.probability() > 0 && !seen[t.target()]) {
            if (t.target() == to) {
              return true;
            }
            seen[t.target()] = true;
            pending.push(t.target());
          }
        }
      }
    }
    return false;
  }
}
