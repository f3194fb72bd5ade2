package dev.deliverysim.model.delivery;

import static dev.deliverysim.model.delivery.Averages.mean;
import static dev.deliverysim.model.delivery.Averages.near;

import dev.deliverysim.engine.Fixed;
import dev.deliverysim.model.StopRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sprint commitments and chores, reduced until the answer is exact: one developer coding tasks of
 * exactly one hour, reviews that take no time, no defects.
 */
class PlanningValidation {
  private static final long SEED = 20_261_202L;
  private static final StopRule STOP = new StopRule(4_000, 0, 400, false);
  private static final double SPRINT = 10;

  /**
   * A fixed commitment of 30 tasks to a developer who codes 10 a sprint: every planning tops the
   * committed queue back up to 30, so it falls from 29 to 20 waiting over each sprint: 24.5 on
   * average, while one task an hour is done.
   */
  @Test
  void aFixedCommitmentAboveCapacityKeepsTheQueueFull() {
    List<Reported> runs = replicate(organisation(CadenceDef.Commit.FIXED, null));
    near(24.5, mean(runs, r -> r.get("queue_length_mean@coding")), 0.02, "tasks waiting to be coded");
    near(1, mean(runs, r -> r.get("tasks_done")), 0.01, "tasks done per hour");
  }

  /**
   * Following velocity, the commitment falls to the 10 tasks a sprint the developer does: the
   * queue runs from 9 to 0 over each sprint, 4.5 on average, at the same throughput.
   */
  @Test
  void aCommitmentThatFollowsVelocityShrinksToWhatTheTeamDoes() {
    List<Reported> runs = replicate(organisation(CadenceDef.Commit.VELOCITY, null));
    near(4.5, mean(runs, r -> r.get("queue_length_mean@coding")), 0.05, "tasks waiting to be coded");
    near(1, mean(runs, r -> r.get("tasks_done")), 0.01, "tasks done per hour");
  }

  /**
   * Committing 5 tasks a sprint to a developer who could do 10 leaves half of each sprint free;
   * with chores of 2 h they fill it: 5 feature tasks and 2.5 chores done a sprint, never idle.
   */
  @Test
  void choresFillTheTimeACommitmentLeavesFree() {
    List<Reported> runs = replicate(organisation(CadenceDef.Commit.FIXED, new Fixed(2)).withCommitment(5));
    near(0.5 + 0.25, mean(runs, r -> r.get("tasks_done")), 0.02, "tasks done per hour, features' and chores'");
    near(0.5, mean(runs, r -> r.get("features_delivered")), 0.01, "features delivered per hour");
    near(1, mean(runs, r -> r.get("utilisation@devs")), 0.01, "the developer is never idle");
    List<Reported> without = replicate(organisation(CadenceDef.Commit.FIXED, null).withCommitment(5));
    near(0.5, mean(without, r -> r.get("utilisation@devs")), 0.01, "without chores: busy half the time");
  }

  private record Organisation(CadenceDef.Commit commit, Fixed chores, int commitment) {
    Organisation withCommitment(int tasks) {
      return new Organisation(commit, chores, tasks);
    }

    DeliveryDef def() {
      WorkDef work = new WorkDef(new FeatureSource.Backlog(100_000), new Fixed(1), new Fixed(1), 10, new Fixed(1), chores);
      List<TeamDef> teams = List.of(new TeamDef("devs", 1, Set.of(Skill.CODE), 1),
          new TeamDef("reviewers", 1, Set.of(Skill.REVIEW), 1));
      return DeliveryDef.builder(work, teams, new QualityDef(0, 0), new ReviewDef(1e12, 0, 0, 1000), AiDef.NONE,
          Policy.REVIEW_FIRST).cadence(new CadenceDef(0, SPRINT, commitment, commit, 1)).build();
    }
  }

  private static Organisation organisation(CadenceDef.Commit commit, Fixed chores) {
    return new Organisation(commit, chores, 30);
  }

  private static List<Reported> replicate(Organisation o) {
    return Averages.replicate(o.def(), STOP, SEED, 2);
  }
}
