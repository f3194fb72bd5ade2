package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Fixed;
import dev.deliverysim.engine.LogNormal;
import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.StopRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Two approvals: two clean reviews in a row, by two different people, neither the author. */
class ApprovalsTest {
  private static final Set<Skill> BOTH = Set.of(Skill.CODE, Skill.REVIEW);

  private static DeliveryDef organisation(int approvals, int developers, Policy policy) {
    WorkDef work = new WorkDef(new FeatureSource.Backlog(500), new Fixed(1),
        LogNormal.ofPercentiles(0.5, 6, 0.9, 20), 25);
    return DeliveryDef.builder(work, List.of(new TeamDef("devs", developers, BOTH, 0.8)), new QualityDef(10, 1), new ReviewDef(300, 0.5, 0.6, 400, approvals), AiDef.NONE, policy).openPrsPerAuthor(2).build(); // an open-PR limit, or own_work_first with an endless backlog never reviews
  }

  /** For every PR, the reviewers of its current round (cleared when changes are requested). */
  private static final class Rounds implements Observer {
    final Map<Integer, List<Integer>> round = new HashMap<>();
    final Map<Integer, Integer> author = new HashMap<>();
    final List<List<Integer>> deployedRounds = new ArrayList<>();

    @Override
    public void started(double time, int person, Activity activity, int task, int taskAuthor) {
      if (activity == Activity.CODING) {
        author.put(task, person);
      } else if (activity == Activity.REVIEW) {
        round.computeIfAbsent(task, t -> new ArrayList<>()).add(person);
      } else if (activity == Activity.REWORK) {
        round.remove(task); // changes were requested: approvals start again
      }
    }

    @Override
    public void deployed(double time, int task, int feature, boolean featureDone) {
      // forgotten now: a deployed PR's id goes to a later PR
      List<Integer> reviewers = round.containsKey(task) ? round.remove(task) : List.of();
      deployedRounds.add(reviewers);
      reviewers.forEach(r -> assertNotEquals(author.get(task), r, "the author never reviews"));
    }
  }

  @Test
  void everyDeployedPrHadTwoDifferentApproversInItsLastRound() {
    for (Policy policy : Policy.values()) {
      Rounds rounds = new Rounds();
      DeliveryDef def = organisation(2, 5, policy);
      new DeliverySimulation(def, new StopRule(400, 0, 0, false), new RandomStreams(7, 0), rounds).run();
      assertTrue(rounds.deployedRounds.size() > 20, policy + ": work flows");
      for (List<Integer> reviewers : rounds.deployedRounds) {
        assertEquals(2, reviewers.size(), policy + ": two clean reviews " + reviewers);
        assertNotEquals(reviewers.get(0), reviewers.get(1), policy + ": by two different people");
      }
    }
  }

  @Test
  void twoApprovalsCostMoreReviewThanOne() {
    StopRule stop = new StopRule(800, 0, 80, false);
    Reported one = Reported.of(organisation(1, 6, Policy.REVIEW_FIRST), stop, 3, 0);
    Reported two = Reported.of(organisation(2, 6, Policy.REVIEW_FIRST), stop, 3, 0);
    assertTrue(two.get("reviews_per_pr") >= 2);
    assertTrue(two.get("hours_review@devs") > one.get("hours_review@devs"));
  }

  @Test
  void twoApprovalsNeedThreeReviewersWhenAuthorsReviewToo() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> organisation(2, 2, Policy.REVIEW_FIRST));
    assertTrue(e.getMessage().contains("at least 3 reviewers"), e.getMessage());
  }
}
