package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.MetricNames;
import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.PeopleTrack;
import dev.deliverysim.model.Replay;
import dev.deliverysim.model.StateMoves;
import dev.deliverysim.model.StopRule;
import dev.deliverysim.model.Timeline;
import dev.deliverysim.model.TimelineRecorder;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The delivery replay's trace is the simulation's own: following every PR's moves up to each
 * snapshot gives exactly the timeline's count in every state (each stage's queue and work, not
 * committed, awaiting a release train, put aside); each person's traced busy time, by activity,
 * is the hours the replication reports for their team; and tracing changes no number.
 */
class ReplayTraceProperties {
  private static final long QT_SEED = 20_261_202_11L;

  @Test
  void followingTheTraceGivesTheTimelineAndTheHoursOnGeneratedOrganisations() {
    AtomicInteger moves = new AtomicInteger();
    qt().withFixedSeed(QT_SEED).withExamples(80).forAll(RandomOrganisations.cases()).checkAssert(c -> {
      DeliveryDef def = TimelineProperties.withCadence(c.def(), c.seed());
      DeliveryModel model = new DeliveryModel(def, c.stop(), OutputUnit.HOURS);
      Replay replay = model.replay(c.seed(), 1, c.horizon() / 20);
      assertEquals(c.horizon(), replay.stateMoves().until(), 0.0, "complete: " + c);
      assertCountsAgree(replay, replay.timeline().snapshots(), c.toString());
      assertHoursAgree(def, c.stop(), replay.people(), Reported.of(def, c.stop(), c.seed(), 1), c.toString());
      moves.addAndGet(replay.stateMoves().size());
    });
    assertTrue(moves.get() > 10_000, "the organisations move PRs: " + moves);
  }

  @Test
  void theAiStoryAndASecurityReviewAgreeAndRunExactlyAsUntraced() throws Exception {
    for (String file : List.of("scenarios/ai-adoption.yaml", "scenarios/security-review.yaml")) {
      Scenario s = ScenarioLoader.load(Path.of(file), List.of()).scenario();
      DeliveryModel model = (DeliveryModel) s.model();
      for (int replication = 0; replication < 3; replication++) {
        assertArrayEquals(model.replicate(s.seed(), replication).values(),
            model.replicate(s.seed(), replication, new ReplayTrace(model.definition())).values(),
            "traced replication " + replication + " of " + file + ", bit for bit");
      }
      double interval = s.stop().horizon() / 300;
      Replay replay = model.replay(s.seed(), 0, interval);
      Timeline untraced = model.timeline(s.seed(), 0, interval);
      assertArrayEquals(flatten(untraced.inState()), flatten(replay.timeline().inState()), file);
      assertArrayEquals(untraced.completed(), replay.timeline().completed(), file);
      assertEquals(s.stop().horizon(), replay.stateMoves().until(), 0.0, file);
      assertEquals(s.stop().horizon(), replay.people().until(), 0.0, file);
      assertTrue(replay.stateMoves().size() > 5_000 && replay.people().size() > 2_000,
          file + ": " + replay.stateMoves().size() + " moves, " + replay.people().size() + " changes");
      assertCountsAgree(replay, replay.timeline().snapshots(), file);
      DeliveryDef def = model.definition();
      assertHoursAgree(def, s.stop(), replay.people(), Reported.of(def, s.stop(), s.seed(), 0), file);
      if (file.contains("security")) {
        int security = def.stageNames().indexOf("security");
        assertTrue(java.util.Arrays.stream(replay.stateMoves().states()).anyMatch(st -> st == 2 * security + 1),
            "PRs pass through the custom stage");
        assertTrue(replay.people().activities().contains("security"), replay.people().activities().toString());
        assertEquals("security", replay.people().activityStages().get(replay.people().activities().indexOf("security")));
      }
    }
  }

  @Test
  void aBoundedTraceSaysUntilWhenItIsCompleteAndIsRightUpToThere() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/ai-adoption.yaml"), List.of()).scenario();
    DeliveryDef def = ((DeliveryModel) s.model()).definition();
    ReplayTrace trace = new ReplayTrace(def, 2_000);
    DeliverySimulation sim = new DeliverySimulation(def, List.of(), s.stop(), new RandomStreams(s.seed(), 0), trace,
        new DeliveryStats(def));
    trace.people = sim.people;
    TimelineRecorder recorder = sim.recordTimeline(s.stop().horizon() / 300);
    sim.run();
    Replay replay = new Replay(recorder.build(), null, trace.moves(sim.now()), trace.people(sim.now()));
    double until = replay.stateMoves().until();
    assertTrue(until < s.stop().horizon() / 4, "stopped early: " + until);
    assertTrue(replay.stateMoves().size() <= 2_000 && replay.people().size() <= 2_000);
    double[] times = replay.timeline().times();
    int complete = 0;
    while (complete < times.length && times[complete] <= until) {
      complete++;
    }
    assertTrue(complete > 3, "some snapshots lie before the cut: " + complete);
    assertCountsAgree(replay, complete, "ai-adoption, bounded");
  }

  /** At each of the first {@code snapshots} snapshots, the PRs in each state as the moves up to then say. */
  static void assertCountsAgree(Replay replay, int snapshots, String what) {
    StateMoves m = replay.stateMoves();
    Timeline t = replay.timeline();
    int[] before = m.before(t.times());
    Map<Integer, Integer> where = new HashMap<>(); // item → state
    int next = 0;
    for (int i = 0; i < snapshots; i++) {
      for (; next < before[i]; next++) {
        if (m.states()[next] == StateMoves.LEFT) {
          assertTrue(where.remove(m.items()[next]) != null, "an item leaves once, after it came: " + what);
        } else {
          where.put(m.items()[next], m.states()[next]);
        }
      }
      double[] counts = new double[t.states().size()];
      for (int state : where.values()) {
        counts[state]++;
      }
      assertArrayEquals(t.inState()[i], counts, "snapshot " + i + " at " + t.times()[i] + " of " + what);
    }
  }

  /**
   * Each team's traced busy time inside the window, by activity, times its focus, is the hours it
   * reports ({@code hours_<activity>@team} per person per hour); its busy time is its utilisation.
   */
  static void assertHoursAgree(DeliveryDef def, StopRule stop, PeopleTrack people, Reported reported, String what) {
    int teams = def.teams().size();
    int activities = people.activities().size();
    double[][] busy = new double[teams][activities];
    int count = people.team().length;
    int[] doing = new int[count];
    double[] since = new double[count];
    java.util.Arrays.fill(doing, PeopleTrack.IDLE);
    for (int i = 0; i < people.size(); i++) {
      int p = people.people()[i];
      busy(busy, people, doing, since, p, people.times()[i], stop.warmup());
      doing[p] = people.doing()[i];
      since[p] = people.times()[i];
    }
    for (int p = 0; p < count; p++) {
      busy(busy, people, doing, since, p, stop.horizon(), stop.warmup());
    }
    double observed = stop.horizon() - stop.warmup();
    for (int t = 0; t < teams; t++) {
      TeamDef team = def.teams().get(t);
      double wall = 0;
      for (int a = 0; a < activities; a++) {
        String label = MetricNames.hours(people.activities().get(a)) + "@" + team.name();
        double expected = reported.get(label) * team.headcount() * observed;
        assertEquals(expected, busy[t][a] * team.effectiveFocus(), 1e-6 * Math.max(1, expected), label + " of " + what);
        wall += busy[t][a];
      }
      double utilisation = reported.get(MetricNames.UTILISATION + "@" + team.name());
      assertEquals(utilisation * team.headcount() * observed, wall, 1e-6 * Math.max(1, wall), "busy time of "
          + team.name() + " in " + what);
    }
  }

  /** Adds person {@code p}'s job, if any, from {@code since[p]} to {@code now}, inside the window. */
  private static void busy(double[][] busy, PeopleTrack people, int[] doing, double[] since, int p, double now,
      double warmup) {
    if (doing[p] != PeopleTrack.IDLE) {
      busy[people.team()[p]][doing[p]] += Math.max(0, now - Math.max(since[p], warmup));
    }
  }

  private static double[] flatten(double[][] rows) {
    return java.util.Arrays.stream(rows).flatMapToDouble(java.util.Arrays::stream).toArray();
  }
}
