package dev.deliverysim.model.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a phase may not change: the organisation's shape. People, their teams and focus are
 * indexed and their hours accounted once per run; stages and their queues exist for the whole
 * run; how review is organised, the cadence, where work comes from and whether incidents are
 * modelled decide which events exist at all. Everything else — sizes, rates, probabilities,
 * efforts, AI effects, limits, gate durations, review depth, owners' share — is a number a phase
 * can set, and the simulation follows it from the phase's date.
 */
public final class DeliveryShape {
  private DeliveryShape() {}

  /** How {@code phase} differs from {@code base} in shape, in words; empty when it may follow it. */
  public static List<String> differences(DeliveryDef base, DeliveryDef phase) {
    List<String> found = new ArrayList<>();
    teams(base.teams(), phase.teams(), found);
    gates(base.gates(), phase.gates(), found);
    same("delivery.review", "how review is organised (assignment, pickup, sessions)", base.review().process(),
        phase.review().process(), found);
    same("delivery.review.approvals", "the approvals a PR needs", base.review().approvals(),
        phase.review().approvals(), found);
    same("delivery.review.owners.team", "the code owners' team", base.review().owners().team(),
        phase.review().owners().team(), found);
    same("delivery.cadence", "the cadence (release trains, sprints and how they commit)", base.cadence(),
        phase.cadence(), found);
    same("delivery.work", "where work comes from (arrivals or a backlog, and its size)", source(base), source(phase),
        found);
    same("delivery.incidents", "whether incidents are modelled and interrupt people",
        base.incidents().modelled() + "/" + base.incidents().interrupts(),
        phase.incidents().modelled() + "/" + phase.incidents().interrupts(), found);
    return found;
  }

  private static void teams(List<TeamDef> base, List<TeamDef> phase, List<String> found) {
    if (base.size() != phase.size()) {
      found.add("delivery.teams: the teams (" + base.size() + " → " + phase.size() + ")");
      return;
    }
    for (int t = 0; t < base.size(); t++) {
      TeamDef a = base.get(t);
      TeamDef b = phase.get(t);
      if (!a.equals(b)) {
        found.add("delivery.teams[" + a.name() + "]: a team's name, headcount, skills, focus, meetings or coding"
            + " effort (people's hours are accounted with one organisation per run)");
      }
    }
  }

  private static void gates(List<GateDef> base, List<GateDef> phase, List<String> found) {
    if (base.size() != phase.size()) {
      found.add("delivery.gates: the gates (" + base.size() + " → " + phase.size() + ")");
      return;
    }
    for (int g = 0; g < base.size(); g++) {
      GateDef a = base.get(g);
      GateDef b = phase.get(g);
      if (!a.name().equals(b.name()) || !a.server().equals(b.server())) {
        found.add("delivery.gates[" + a.name() + "]: a gate's name or what serves it (machines, a team's skill)");
      }
    }
  }

  private static String source(DeliveryDef d) {
    return d.work().source() instanceof FeatureSource.Backlog b ? "backlog of " + b.features() : "arrivals";
  }

  private static void same(String path, String what, Object base, Object phase, List<String> found) {
    if (!Objects.equals(base, phase)) {
      found.add(path + ": " + what);
    }
  }
}
