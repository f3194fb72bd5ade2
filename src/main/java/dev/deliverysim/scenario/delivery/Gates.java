package dev.deliverysim.scenario.delivery;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.model.delivery.Activities;
import dev.deliverysim.model.delivery.GateDef;
import dev.deliverysim.model.delivery.GateServer;
import dev.deliverysim.model.delivery.Skill;
import dev.deliverysim.scenario.tree.Spelling;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks and compiles the gates: each served by machines, by people with a skill, or a pure
 * delay; named so that no metric of a gate can be confused with a built-in stage's or a team's.
 */
final class Gates {
  /** The stages every pipeline has before its gates: a gate cannot take their names. */
  private static final List<String> BUILT_IN_STAGES = List.of("coding", "review", "rework");

  private final DeliveryCompiler compiler;

  Gates(DeliveryCompiler compiler) {
    this.compiler = compiler;
  }

  /** The skill each gate's people need, for the gates served by people ({@code test} by default). */
  static Set<String> skillsNeeded(List<GateSpec> specs) {
    Set<String> needed = new LinkedHashSet<>();
    if (specs != null) {
      for (GateSpec spec : specs) {
        if (spec.skill() != null) {
          needed.add(spec.skill().toLowerCase(java.util.Locale.ROOT));
        } else if (spec.machines() == null && spec.delay() == null) {
          needed.add(Skill.TEST.name());
        }
      }
    }
    return needed;
  }

  /** The gates in order, a null standing for each gate with problems. */
  List<GateDef> gates(List<GateSpec> specs, List<TeamSpec> teams, String path) {
    List<GateDef> gates = new ArrayList<>();
    if (specs == null) {
      return gates;
    }
    compiler.uniqueNames(specs, GateSpec::name, path);
    for (int i = 0; i < specs.size(); i++) {
      gates.add(gate(specs.get(i), teams, path + "[" + i + "]"));
    }
    return gates;
  }

  private GateDef gate(GateSpec spec, List<TeamSpec> teams, String path) {
    int before = compiler.failures();
    names(spec, teams, path);
    if ((spec.duration() == null) == (spec.delay() == null)) {
      compiler.error(path, "expected exactly one of duration (a pass by machines or people) or delay"
          + " (a pure delay that every PR spends at once, with no queue)");
      return null; // what serves it depends on which it is meant to be
    }
    Distribution duration = spec.duration() != null ? compiler.law(spec.duration(), DeliveryCompiler.child(path, "duration"))
        : spec.delay() != null ? compiler.law(spec.delay(), DeliveryCompiler.child(path, "delay")) : null;
    double detection = compiler.probability(spec.detection(), 0, DeliveryCompiler.child(path, "detection"));
    double flakiness = spec.flakiness() != null ? spec.flakiness() : 0;
    double skipBelow = spec.skipBelow() != null ? spec.skipBelow() : 0;
    compiler.expect(skipBelow >= 0 && Double.isFinite(skipBelow), DeliveryCompiler.child(path, "skip_below"),
        "a number of changed lines ≥ 0", skipBelow);
    GateServer server = server(spec, teams, path);
    if (compiler.failures() > before || duration == null || server == null) {
      return null;
    }
    GateDef.Per per = spec.per() != null ? spec.per() : GateDef.Per.PR;
    return compiler.build(path, () -> new GateDef(spec.name(), server, duration, detection, flakiness, skipBelow, per));
  }

  /** A gate's name is its stage's: not a built-in stage's, and not a team's if it has machines. */
  private void names(GateSpec spec, List<TeamSpec> teams, String path) {
    String at = DeliveryCompiler.child(path, "name");
    if (!compiler.named(spec.name(), at)) {
      return;
    }
    if (BUILT_IN_STAGES.contains(spec.name())) {
      compiler.error(at, "'" + spec.name() + "' is a built-in stage (" + String.join(", ", BUILT_IN_STAGES)
          + "); a gate needs a name of its own");
    } else if (spec.machines() != null && teams.stream().anyMatch(t -> spec.name().equals(t.name()))) {
      compiler.error(at, "'" + spec.name() + "' is also a team's name, and a gate with machines reports"
          + " utilisation@" + spec.name() + " as the team does: choose another name");
    }
  }

  /** Machines, people with a skill, or nobody (a delay); null after reporting a problem. */
  private GateServer server(GateSpec spec, List<TeamSpec> teams, String path) {
    String flakinessAt = DeliveryCompiler.child(path, "flakiness");
    if (spec.delay() != null) {
      refuse(spec.machines() != null, DeliveryCompiler.child(path, "machines"), "a pure delay has no machines");
      refuse(spec.skill() != null, DeliveryCompiler.child(path, "skill"), "a pure delay is served by nobody");
      refuse(spec.flakiness() != null, flakinessAt, "only a gate with machines can be flaky; this one is a pure delay");
      return new GateServer.Delay();
    }
    if (spec.machines() != null) {
      compiler.expect(spec.machines() >= 1, DeliveryCompiler.child(path, "machines"),
          "an integer ≥ 1 (leave machines out for a gate served by people)", spec.machines());
      double flakiness = spec.flakiness() != null ? spec.flakiness() : 0;
      compiler.expect(flakiness >= 0 && flakiness < 1, flakinessAt, "a probability ≥ 0 and < 1", flakiness);
      refuse(spec.skill() != null, DeliveryCompiler.child(path, "skill"),
          "a gate with machines is served by them: leave skill out, or machines out for a gate served by people");
      return spec.machines() >= 1 ? new GateServer.Machines(spec.machines()) : null;
    }
    refuse(spec.flakiness() != null, flakinessAt, "only a gate with machines can be flaky; this one is served by people");
    Skill skill = skill(spec.skill() != null ? spec.skill() : Skill.TEST.name(), DeliveryCompiler.child(path, "skill"));
    if (skill != null && teams.stream().noneMatch(t -> Staffing.has(t, skill.name()))) {
      String hint = Spelling.hint(skill.name(), teamSkills(teams));
      compiler.error(path, "this gate is served by people with the " + skill + " skill, but no team has it"
          + hint + ": give a team the " + skill + " skill, or give the gate machines");
      return null;
    }
    return skill == null ? null : new GateServer.People(skill);
  }

  private Skill skill(String name, String path) {
    if (!Skill.valid(name)) {
      compiler.error(path, "expected a skill: a word of letters, digits, '-' and '_' starting with a letter,"
          + " received: '" + name + "'");
      return null;
    }
    Skill skill = new Skill(name); // in lower case
    if (skill.equals(Skill.CODE) || skill.equals(Skill.REVIEW)) {
      compiler.error(path, "'" + name + "' serves its own stage (coding or review); a gate needs another skill,"
          + " such as test or security");
      return null;
    }
    if (!skill.equals(Skill.TEST) && Activities.RESERVED.contains(skill.activity())) {
      compiler.error(path, "'" + name + "' is the name of an activity people's hours are reported under ("
          + String.join(", ", Activities.RESERVED) + "); choose another skill name");
      return null;
    }
    return skill;
  }

  private void refuse(boolean given, String path, String message) {
    if (given) {
      compiler.error(path, message);
    }
  }

  private static List<String> teamSkills(List<TeamSpec> teams) {
    return teams.stream().flatMap(t -> t.skills().stream()).distinct().toList();
  }
}
