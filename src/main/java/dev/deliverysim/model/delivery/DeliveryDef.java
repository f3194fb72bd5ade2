package dev.deliverysim.model.delivery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A whole delivery organisation: work, people, the pipeline's stages, AI and how people choose
 * work. Build one with {@link #builder}; every part left out is "none" (no limit, no incidents,
 * continuous deployment, …).
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
  /** Positions of the fixed stages in {@link #stages()}; gate g is at {@code FIRST_GATE + g}. */
  public static final int CODING = 0;
  public static final int REVIEW = 1;
  public static final int REWORK = 2;
  public static final int FIRST_GATE = 3;

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
    Set<String> names = new LinkedHashSet<>(List.of("coding", "review", "rework"));
    for (GateDef gate : gates) {
      if (!names.add(gate.name())) {
        throw new IllegalArgumentException("two stages are named '" + gate.name() + "'");
      }
      if (gate.server() instanceof GateServer.People people) {
        requireSkill(teams, people.skill(), "gate " + gate.name() + " is served by people with the "
            + people.skill() + " skill, and nobody has it");
      }
    }
    for (GateDef gate : gates) {
      if (gate.automated() && teams.stream().anyMatch(t -> t.name().equals(gate.name()))) {
        // a team and a stage may share a name, but then only one of them may have a utilisation
        throw new IllegalArgumentException("gate " + gate.name() + " has machines and a team's name:"
            + " utilisation@" + gate.name() + " would be both");
      }
    }
  }

  /** A builder with everything optional set to none; work, teams, quality, review, AI and policy are needed. */
  public static Builder builder(WorkDef work, List<TeamDef> teams, QualityDef quality, ReviewDef review,
      AiDef ai, Policy policy) {
    return new Builder(work, teams, quality, review, ai, policy);
  }

  /** With this many PRs waiting for review, nobody starts a new task; 0 for no limit. */
  public int reviewQueueLimit() {
    return limits.reviewQueue();
  }

  /** The pipeline, in flow order: coding, review, rework, then each gate. */
  public List<StageDef> stages() {
    List<StageDef> stages = new ArrayList<>(List.of(new StageDef.Coding(), review, new StageDef.Rework()));
    stages.addAll(gates);
    return List.copyOf(stages);
  }

  /** Where work can wait, in flow order: the names of {@link #stages()}. */
  public List<String> stageNames() {
    return stages().stream().map(StageDef::name).toList();
  }

  /** Where people's hours go, generated from the stages. */
  public Activities activities() {
    return new Activities(gates);
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

  /** Builds a {@link DeliveryDef}; each setter replaces one optional part. */
  public static final class Builder {
    private final WorkDef work;
    private final List<TeamDef> teams;
    private final QualityDef quality;
    private final ReviewDef review;
    private final AiDef ai;
    private final Policy policy;
    private List<GateDef> gates = List.of();
    private int openPrsPerAuthor;
    private IncidentsDef incidents = IncidentsDef.NONE;
    private CoordinationDef coordination = CoordinationDef.NONE;
    private CadenceDef cadence = CadenceDef.CONTINUOUS;
    private FlowLimits limits = FlowLimits.NONE;

    private Builder(WorkDef work, List<TeamDef> teams, QualityDef quality, ReviewDef review, AiDef ai,
        Policy policy) {
      this.work = work;
      this.teams = teams;
      this.quality = quality;
      this.review = review;
      this.ai = ai;
      this.policy = policy;
    }

    public Builder gates(List<GateDef> value) {
      gates = value;
      return this;
    }

    public Builder openPrsPerAuthor(int value) {
      openPrsPerAuthor = value;
      return this;
    }

    public Builder incidents(IncidentsDef value) {
      incidents = value;
      return this;
    }

    public Builder coordination(CoordinationDef value) {
      coordination = value;
      return this;
    }

    public Builder cadence(CadenceDef value) {
      cadence = value;
      return this;
    }

    public Builder limits(FlowLimits value) {
      limits = value;
      return this;
    }

    public DeliveryDef build() {
      return new DeliveryDef(work, teams, quality, review, gates, ai, policy, openPrsPerAuthor, incidents,
          coordination, cadence, limits);
    }
  }
}
