package dev.deliverysim.scenario;

import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.model.delivery.DeliveryShape;
import dev.deliverysim.model.delivery.PhaseDef;
import dev.deliverysim.model.delivery.Skill;
import dev.deliverysim.model.delivery.TeamDef;
import dev.deliverysim.scenario.spec.PhaseSpec;
import dev.deliverysim.scenario.spec.ScenarioSpec;
import dev.deliverysim.scenario.tree.ListNode;
import dev.deliverysim.scenario.tree.MapEntry;
import dev.deliverysim.scenario.tree.MapNode;
import dev.deliverysim.scenario.tree.Position;
import dev.deliverysim.scenario.tree.Problem;
import dev.deliverysim.scenario.tree.Problems;
import dev.deliverysim.scenario.tree.TreeEdits;
import dev.deliverysim.scenario.tree.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A delivery scenario's {@code phases}: phase k is the scenario with the {@code set} of phases
 * 0…k applied to its tree, in order, as {@code --set} would — bound and compiled the one way every
 * scenario is, so its values get the same checks and located messages. Each must keep the
 * organisation's shape ({@link DeliveryShape}); its problems are reported once, under
 * {@code phases[k]}, and warnings the scenario already has are not repeated.
 */
final class PhaseCompiler {
  private final YamlNode tree;
  private final Units units;
  private final Problems problems;

  PhaseCompiler(YamlNode tree, Units units, Problems problems) {
    this.tree = tree;
    this.units = units;
    this.problems = problems;
  }

  /** {@code scenario} with its phases, or null after reporting problems. */
  Scenario compile(Scenario scenario, ScenarioSpec spec) {
    List<PhaseSpec> phases = spec.phases();
    ListNode written = (ListNode) ((MapNode) tree).get("phases");
    if (!(scenario.body() instanceof Scenario.DeliveryBody delivery)) {
      problems.error(written.position(), "phases", "phases change a delivery organisation's numbers at dates;"
          + " a network has none to change (compare or sweep its variants instead)");
      return null;
    }
    boolean ok = checkDates(phases, written, scenario);
    Set<String> told = new HashSet<>();
    problems.all().forEach(p -> told.add(key(p)));
    List<PhaseDef> compiled = new ArrayList<>();
    YamlNode edited = ((MapNode) tree).without("phases");
    // every phase is checked, whatever went wrong before it: all problems at once
    for (int k = 0; k < phases.size(); k++) {
      MapNode set = (MapNode) ((MapNode) written.elements().get(k)).get("set");
      String at = "phases[" + k + "]";
      Problems own = new Problems();
      for (var entry : set.entries().entrySet()) {
        edited = assign(edited, entry.getKey(), entry.getValue(), own);
      }
      DeliveryDef def = compilePhase(edited, own);
      own.all().stream().filter(p -> told.add(key(p))).forEach(p -> problems.add(under(at, p)));
      if (def == null) {
        ok = false;
        continue;
      }
      List<String> changed = DeliveryShape.differences(delivery.delivery(), def);
      if (!changed.isEmpty() && told.add(at + "|" + changed)) {
        problems.error(set.position(), at + ".set", "a phase changes the organisation's numbers, not its shape;"
            + " this one changes " + String.join("; ", changed) + ". Model that as a scenario of its own, and"
            + " compare it with this one");
        ok = false;
      }
      if (ok) {
        compiled.add(new PhaseDef(phases.get(k).at().hours(), def));
      }
    }
    return ok ? withSeats(scenario.withBody(new Scenario.DeliveryBody(delivery.delivery(), compiled)), spec) : null;
  }

  /**
   * AI seats not given are everyone who codes when AI assists any task — in any phase: licences
   * are bought for the run, not from the day a phase turns AI on (give {@code ai_seats} otherwise).
   */
  private static Scenario withSeats(Scenario scenario, ScenarioSpec spec) {
    Costs c = scenario.costs();
    Scenario.DeliveryBody body = (Scenario.DeliveryBody) scenario.body();
    if (spec.costs() == null || spec.costs().aiSeats() != null || c.aiSeats() > 0
        || body.phases().stream().noneMatch(p -> p.def().ai().adoption() > 0)) {
      return scenario;
    }
    int coders = body.delivery().teams().stream().filter(t -> t.skills().contains(Skill.CODE))
        .mapToInt(TeamDef::headcount).sum();
    Costs seated = new Costs(c.currency(), c.per(), c.personHour(), c.aiSeatPerMonth(), coders, c.ciMinute(),
        c.incidentDowntimeHour(), c.valuePerFeature(), c.delayPerFeatureWeek(), c.priced());
    return new Scenario(scenario.name(), scenario.description(), body, scenario.stop(), scenario.replications(),
        scenario.seed(), scenario.units(), scenario.sweep(), scenario.levers(), seated, scenario.uncertainty());
  }

  /** Dates strictly increasing, before the horizon. */
  private boolean checkDates(List<PhaseSpec> phases, ListNode written, Scenario scenario) {
    double before = -1;
    boolean ok = true;
    for (int k = 0; k < phases.size(); k++) {
      double at = phases.get(k).at().hours();
      Position where = ((MapNode) written.elements().get(k)).get("at").position();
      if (!(at > before)) {
        problems.error(where, "phases[" + k + "].at", String.format(Locale.ROOT,
            "expected a date after the phase before it (%s h), received: %s h", number(before), number(at)));
        ok = false;
      } else if (!(at < scenario.stop().horizon())) {
        problems.error(where, "phases[" + k + "].at", String.format(Locale.ROOT,
            "expected a date before the horizon (%s h), received: %s h", number(scenario.stop().horizon()), number(at)));
        ok = false;
      }
      before = Math.max(before, at);
    }
    return ok;
  }

  /** One {@code path: value} of a phase, on the tree so far; only the delivery section. */
  private YamlNode assign(YamlNode root, String path, MapEntry entry, Problems own) {
    if (!path.startsWith("delivery.")) {
      own.error(entry.keyPosition(), "set." + path, "a phase sets numbers of the delivery organisation: expected a"
          + " path starting with 'delivery.', such as delivery.ai.adoption; the run, costs and name hold throughout");
      return root;
    }
    return TreeEdits.applyAt(root, path, entry.keyPosition(), entry.value(), own);
  }

  private DeliveryDef compilePhase(YamlNode phaseTree, Problems own) {
    ScenarioSpec spec = ScenarioBinder.forUnits(units).bind(phaseTree, ScenarioSpec.class, "", own);
    if (spec == null || own.hasErrors()) {
      ScenarioLoader.checkTheRest(phaseTree, units, own);
      return null;
    }
    try {
      Scenario s = new ScenarioCompiler(new Locator(phaseTree, own), units).compile(spec);
      return own.hasErrors() || s == null ? null : ((Scenario.DeliveryBody) s.body()).delivery();
    } catch (IllegalArgumentException e) {
      if (!own.hasErrors()) {
        own.error(phaseTree.position(), "", String.valueOf(e.getMessage()));
      }
      return null;
    }
  }

  /** A phase's problem under its name: {@code phases[1].set.delivery.ai.adoption: …}. */
  private static Problem under(String at, Problem p) {
    String path = p.path().startsWith("set.") ? at + "." + p.path() : at + (p.path().isEmpty() ? "" : ".set." + p.path());
    return new Problem(p.position(), path, p.message(), p.severity());
  }

  private static String key(Problem p) {
    return p.position() + "|" + p.message();
  }

  private static String number(double hours) {
    return String.format(Locale.ROOT, hours == Math.rint(hours) ? "%,.0f" : "%,.4g", hours);
  }
}
