package dev.deliverysim.scenario.delivery;

import dev.deliverysim.model.delivery.Skill;
import dev.deliverysim.model.delivery.TeamDef;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Checks the teams one by one and then together: somebody must code, somebody must review, and a
 * reviewer must be able to review every author's work — which one reviewer who also codes cannot,
 * since nobody reviews their own pull request.
 */
final class Staffing {
  private final DeliveryCompiler compiler;

  Staffing(DeliveryCompiler compiler) {
    this.compiler = compiler;
  }

  /** The teams in order, a null standing for each team with problems. */
  List<TeamDef> teams(List<TeamSpec> specs, String path) {
    if (specs.isEmpty()) {
      compiler.error(path, "expected at least one entry, received: an empty list");
      return List.of();
    }
    compiler.uniqueNames(specs, TeamSpec::name, path);
    List<TeamDef> teams = new ArrayList<>();
    boolean allBuilt = true;
    for (int i = 0; i < specs.size(); i++) {
      TeamDef team = team(specs.get(i), path + "[" + i + "]");
      allBuilt &= team != null;
      teams.add(team);
    }
    if (specs.stream().noneMatch(t -> t.skills().contains(Skill.CODE))) {
      compiler.error(path, "no team can code: give at least one team the code skill");
    }
    if (specs.stream().noneMatch(t -> t.skills().contains(Skill.REVIEW))) {
      compiler.error(path, "no team can review: give at least one team the review skill");
    } else if (allBuilt) {
      // Headcounts are only trustworthy once every team passed its own checks.
      loneReviewer(teams, path);
    }
    return teams;
  }

  private TeamDef team(TeamSpec spec, String path) {
    int before = compiler.failures();
    compiler.expect(spec.headcount() >= 1, DeliveryCompiler.child(path, "headcount"),
        "an integer ≥ 1", spec.headcount());
    if (spec.skills().isEmpty()) {
      compiler.error(DeliveryCompiler.child(path, "skills"),
          "expected at least one of: code, review, test, received: an empty list");
    }
    double meetings = spec.meetingsPerTeammate() != null ? spec.meetingsPerTeammate() : 0;
    compiler.expect(meetings >= 0 && meetings < 1, DeliveryCompiler.child(path, "meetings_per_teammate"),
        "a share of working time ≥ 0 and < 1", meetings);
    double focus = spec.focus() != null ? spec.focus() : 1;
    compiler.expect(focus > 0 && focus <= 1, DeliveryCompiler.child(path, "focus"),
        "a share of working time in (0, 1]", focus);
    if (compiler.failures() > before) {
      return null;
    }
    return compiler.build(path,
        () -> new TeamDef(spec.name(), spec.headcount(), EnumSet.copyOf(spec.skills()), focus, meetings));
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
}
