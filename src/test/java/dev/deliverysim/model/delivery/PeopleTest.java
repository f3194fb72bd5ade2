package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deliverysim.engine.Fixed;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PeopleTest {
  /**
   * The idle set, walked with nextIdle, is exactly the people doing nothing, in index order: half
   * idle, and nearly all busy (long runs of empty words, which the walk skips 64 at a time), up to
   * 12,000 people.
   */
  @Test
  void nextIdleVisitsExactlyTheIdleInIndexOrderAcrossWordBoundaries() {
    for (int count : new int[] {3, 63, 64, 65, 130, 1000, 4095, 4097, 12_000}) {
      for (double idleShare : new double[] {0.5, 0.002}) {
        walkRandomly(count, idleShare);
      }
    }
  }

  private static void walkRandomly(int count, double idleShare) {
    People people = new People(organisation(count));
    SplittableRandom random = new SplittableRandom(count);
    for (int q = 0; q < people.count; q++) {
      people.setDoing(q, random.nextDouble() < idleShare ? null : Activity.CODING);
    }
    for (int step = 0; step < 2000; step++) {
      int p = random.nextInt(people.count);
      people.setDoing(p, random.nextDouble() < idleShare ? null : Activity.CODING);
      List<Integer> expected = new ArrayList<>();
      for (int q = 0; q < people.count; q++) {
        if (people.idle(q)) {
          expected.add(q);
        }
      }
      List<Integer> walked = new ArrayList<>();
      for (int q = people.nextIdle(0); q >= 0; q = people.nextIdle(q + 1)) {
        walked.add(q);
      }
      assertEquals(expected, walked, count + " people, " + idleShare + " idle, step " + step);
    }
  }

  private static DeliveryDef organisation(int people) {
    WorkDef work = new WorkDef(new FeatureSource.Backlog(1), new Fixed(1), new Fixed(1), 1);
    List<TeamDef> teams = List.of(new TeamDef("devs", people - 2, java.util.Set.of(Skill.CODE), 1),
        new TeamDef("reviewers", 2, java.util.Set.of(Skill.REVIEW), 1));
    return DeliveryDef.builder(work, teams, new QualityDef(0, 0), new ReviewDef(100, 0, 0, 100), AiDef.NONE,
        Policy.REVIEW_FIRST).build();
  }
}
