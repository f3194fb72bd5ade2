package dev.deliverysim.scenario.delivery;

import dev.deliverysim.model.delivery.Skill;
import dev.deliverysim.model.delivery.TeamDef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import dev.deliverysim.scenario.tree.Spelling;
import java.util.List;

/**
 * Checks the teams one by one and then together: somebody must code, somebody must review, and a
 * reviewer must be able to review every author's work — which one reviewer who also codes cannot,
 * since nobody reviews their own pull request.
 */
final class Staffing {
  /** People in one team: a thousand interchangeable people is already an organisation, not a team. */
  static final int MAX_HEADCOUNT = 1000;
  /** Skills every organisation knows: they serve the coding and review stages, and QA gates. */
  private static final List<String> BUILT_IN =
      List.of(Skill.CODE.name(), Skill.REVIEW.name(), Skill.TEST.name());

  private final DeliveryCompiler compiler;

  Staffing(DeliveryCompiler compiler) {
    this.compiler = compiler;
  }

  /**
   * The teams in order, a null standing for each team with problems. {@code gateSkills} are the
   * skills the gates need: a team's skill that is neither built in nor needed is most likely a typo.
   */
  List<TeamDef> teams(List<TeamSpec> specs, Set<String> gateSkills, String path) {
    if (specs.isEmpty()) {
      compiler.error(path, "expected at least one entry, received: an empty list");
      return List.of();
    }
    compiler.uniqueNames(specs, TeamSpec::name, path);
    List<TeamDef> teams = new ArrayList<>();
    boolean allBuilt = true;
    for (int i = 0; i < specs.size(); i++) {
      TeamDef team = team(specs.get(i), gateSkills, path + "[" + i + "]");
      allBuilt &= team != null;
      teams.add(team);
    }
    if (specs.stream().noneMatch(t -> has(t, Skill.CODE.name()))) {
      compiler.error(path, "no team can code: give at least one team the code skill");
    }
    if (specs.stream().noneMatch(t -> has(t, Skill.REVIEW.name()))) {
      compiler.error(path, "no team can review: give at least one team the review skill");
    } else if (allBuilt) {
      // Headcounts are only trustworthy once every team passed its own checks.
      loneReviewer(teams, path);
    }
    return teams;
  }

  private TeamDef team(TeamSpec spec, Set<String> gateSkills, String path) {
    int before = compiler.failures();
    compiler.named(spec.name(), DeliveryCompiler.child(path, "name"));
    compiler.expect(spec.headcount() >= 1 && spec.headcount() <= MAX_HEADCOUNT, DeliveryCompiler.child(path, "headcount"),
        "an integer from 1 to " + MAX_HEADCOUNT + " (a team of interchangeable people; split a larger one)",
        spec.headcount());
    if (spec.skills().isEmpty()) {
      compiler.error(DeliveryCompiler.child(path, "skills"),
          "expected at least one of: code, review, test, received: an empty list");
    }
    Set<Skill> skills = skills(spec.skills(), gateSkills, DeliveryCompiler.child(path, "skills"));
    double meetings = spec.meetingsPerTeammate() != null ? spec.meetingsPerTeammate() : 0;
    compiler.expect(meetings >= 0 && meetings < 1, DeliveryCompiler.child(path, "meetings_per_teammate"),
        "a share of working time ≥ 0 and < 1", meetings);
    double pace = spec.codingEffort() != null ? spec.codingEffort() : 1;
    compiler.expect(pace > 0 && Double.isFinite(pace), DeliveryCompiler.child(path, "coding_effort"), "a multiplier > 0", pace);
    double focus = spec.focus() != null ? spec.focus() : 1;
    compiler.expect(focus > 0 && focus <= 1, DeliveryCompiler.child(path, "focus"),
        "a share of working time in (0, 1]", focus);
    if (compiler.failures() > before) {
      return null;
    }
    return compiler.build(path,
        () -> new TeamDef(spec.name(), spec.headcount(), skills, focus, meetings, pace));
  }

  /** Each skill a word; built in, or needed by a gate (else, most likely, misspelt). */
  private Set<Skill> skills(List<String> names, Set<String> gateSkills, String path) {
    Set<Skill> skills = new LinkedHashSet<>();
    List<String> known = new ArrayList<>(BUILT_IN);
    gateSkills.stream().filter(s -> !known.contains(s)).forEach(known::add);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).toLowerCase(java.util.Locale.ROOT);
      String at = path + "[" + i + "]";
      if (!Skill.valid(name)) {
        compiler.error(at, "expected a skill: a word of letters, digits, '-' and '_' starting with a letter,"
            + " received: '" + name + "'");
      } else if (!known.contains(name)) {
        String hint = Spelling.hint(name, known);
        compiler.error(at, "skill '" + name + "' serves no stage" + hint + "; skills are: " + dev.deliverysim.scenario.tree.Names.listed(known)
            + " (a gate's skill: names another)");
      } else {
        skills.add(new Skill(name));
      }
    }
    return skills;
  }

  /** With a single reviewer in all, that person must not also author pull requests. */
  private void loneReviewer(List<TeamDef> teams, String path) {
    int reviewers = teams.stream().filter(t -> t.skills().contains(Skill.REVIEW)).mapToInt(TeamDef::headcount).sum();
    for (int i = 0; i < teams.size(); i++) {
      TeamDef team = teams.get(i);
      if (reviewers == 1 && team.skills().contains(Skill.REVIEW) && team.skills().contains(Skill.CODE)) {
        compiler.error(path + "[" + i + "].skills", "the only reviewer also codes, and nobody reviews their own"
            + " pull requests, so theirs could never be reviewed: add a reviewer or drop code from this team");
      }
    }
  }

  /** Whether the team's spec names {@code skill}, in any case. */
  static boolean has(TeamSpec team, String skill) {
    return team.skills().stream().anyMatch(s -> s.equalsIgnoreCase(skill));
  }
}
