package dev.deliverysim.model.delivery;

import java.util.List;

/**
 * A whole delivery organisation: work, people, review, gates, AI and how people choose work.
 *
 * @param openPrsPerAuthor a developer with this many of their own PRs not yet deployed starts no
 *     new task (they review, fix or test instead); 0 for no limit
 * @param limits Kanban limits that stop new work while the review queue, a gate's queue or the
 *     work in progress is full ({@link FlowLimits#NONE}: none)
 * @param incidents what escaped defects do in production ({@link IncidentsDef#NONE}: nothing)
 * @param coordination merge conflicts and context switching ({@link CoordinationDef#NONE}: none)
 * @param cadence release trains and sprints ({@link CadenceDef#CONTINUOUS}: neither)
 */
public record DeliveryDef(
    WorkDef work,
    List<TeamDef> teams,
    QualityDef quality,
    ReviewDef review,
    List<GateDef> gates,
    AiDef ai,
    Policy policy,
    int openPrsPerAuthor,
    IncidentsDef incidents,
    CoordinationDef coordination,
    CadenceDef cadence,
    FlowLimits limits) {

  /** An organisation without a limit on open PRs and without production incidents. */
  public DeliveryDef(
      WorkDef work, List<TeamDef> teams, QualityDef quality, ReviewDef review, List<GateDef> gates,
      AiDef ai, Policy policy) {
    this(work, teams, quality, review, gates, ai, policy, 0, IncidentsDef.NONE, CoordinationDef.NONE,
        CadenceDef.CONTINUOUS);
  }

  /** An organisation without production incidents. */
  public DeliveryDef(
      WorkDef work, List<TeamDef> teams, QualityDef quality, ReviewDef review, List<GateDef> gates,
      AiDef ai, Policy policy, int openPrsPerAuthor) {
    this(work, teams, quality, review, gates, ai, policy, openPrsPerAuthor, IncidentsDef.NONE,
        CoordinationDef.NONE, CadenceDef.CONTINUOUS);
  }

  /** An organisation without merge conflicts or context-switch costs. */
  public DeliveryDef(
      WorkDef work, List<TeamDef> teams, QualityDef quality, ReviewDef review, List<GateDef> gates,
      AiDef ai, Policy policy, int openPrsPerAuthor, IncidentsDef incidents) {
    this(work, teams, quality, review, gates, ai, policy, openPrsPerAuthor, incidents, CoordinationDef.NONE,
        CadenceDef.CONTINUOUS);
  }

  /** An organisation that deploys continuously and has no sprints. */
  public DeliveryDef(
      WorkDef work, List<TeamDef> teams, QualityDef quality, ReviewDef review, List<GateDef> gates,
      AiDef ai, Policy policy, int openPrsPerAuthor, IncidentsDef incidents, CoordinationDef coordination) {
    this(work, teams, quality, review, gates, ai, policy, openPrsPerAuthor, incidents, coordination,
        CadenceDef.CONTINUOUS);
  }

  /** An organisation without a limit on the review queue. */
  public DeliveryDef(
      WorkDef work, List<TeamDef> teams, QualityDef quality, ReviewDef review, List<GateDef> gates,
      AiDef ai, Policy policy, int openPrsPerAuthor, IncidentsDef incidents, CoordinationDef coordination,
      CadenceDef cadence) {
    this(work, teams, quality, review, gates, ai, policy, openPrsPerAuthor, incidents, coordination,
        cadence, FlowLimits.NONE);
  }

  public DeliveryDef {
    teams = List.copyOf(teams);
    gates = List.copyOf(gates);
    if (limits == null || limits.gateQueues().size() > gates.size()) {
      throw new IllegalArgumentException("flow limits are needed (or NONE), with at most one queue limit per gate");
    }
    if (openPrsPerAuthor < 0) {
      throw new IllegalArgumentException("the open PR limit must be ≥ 0 (0: none), was " + openPrsPerAuthor);
    }
    if (work == null || quality == null || review == null || ai == null || policy == null
        || incidents == null || coordination == null || cadence == null) {
      throw new IllegalArgumentException("a delivery model needs work, quality, review, ai, a policy,"
          + " incidents, coordination and a cadence (or NONE / CONTINUOUS)");
    }
    requireSkill(teams, Skill.CODE, "somebody must be able to code");
    requireSkill(teams, Skill.REVIEW, "somebody must be able to review");
    int needed = review.approvals() + (authorsReview(teams) ? 1 : 0);
    if (reviewers(teams) < needed) {
      throw new IllegalArgumentException("every PR needs " + review.approvals() + " approval(s) from "
          + "people other than its author: at least " + needed + " reviewers are needed, there are "
          + reviewers(teams));
    }
    if (gates.stream().anyMatch(g -> !g.automated())) {
      requireSkill(teams, Skill.TEST, "a gate served by people needs somebody with the test skill");
    }
  }

  /** With this many PRs waiting for review, nobody starts a new task; 0 for no limit. */
  public int reviewQueueLimit() {
    return limits.reviewQueue();
  }

  /** Where work can wait, in flow order: coding, review, rework, then each gate. */
  public List<String> stageNames() {
    List<String> names = new java.util.ArrayList<>(List.of("coding", "review", "rework"));
    gates.forEach(g -> names.add(g.name()));
    return List.copyOf(names);
  }

  private static void requireSkill(List<TeamDef> teams, Skill skill, String message) {
    if (teams.stream().noneMatch(t -> t.skills().contains(skill))) {
      throw new IllegalArgumentException(message);
    }
  }

  private static int reviewers(List<TeamDef> teams) {
    return teams.stream().filter(t -> t.skills().contains(Skill.REVIEW)).mapToInt(TeamDef::headcount).sum();
  }

  private static boolean authorsReview(List<TeamDef> teams) {
    return teams.stream().anyMatch(t -> t.skills().contains(Skill.REVIEW) && t.skills().contains(Skill.CODE));
  }
}
