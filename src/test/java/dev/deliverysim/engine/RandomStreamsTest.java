package dev.deliverysim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * Checks that a stream's draws depend only on (master seed, replication, name), which is what makes
 * results independent of thread scheduling and of stations added elsewhere.
 */
class RandomStreamsTest {

  private static long[] draws(UniformRandomProvider rng, int n) {
    long[] values = new long[n];
    for (int i = 0; i < n; i++) {
      values[i] = rng.nextLong();
    }
    return values;
  }

  private static long[] draws(long seed, int replication, String name) {
    return draws(new RandomStreams(seed, replication).stream(StreamName.of("test").named(name)), 1_000);
  }

  @Test
  void sameSeedReplicationAndNameGiveTheSameSequence() {
    assertArrayEquals(draws(42, 3, "service/review/bug"), draws(42, 3, "service/review/bug"));
    RandomStreams streams = new RandomStreams(42, 3);
    assertArrayEquals(
        draws(streams.stream(StreamName.of("arrivals", "bug")), 100), draws(streams.stream(StreamName.of("arrivals", "bug")), 100));
  }

  @Test
  void changingTheNameTheReplicationOrTheSeedChangesTheSequence() {
    long[] base = draws(42, 3, "service/review/bug");
    assertFalse(Arrays.equals(base, draws(42, 3, "service/review/feature")));
    assertFalse(Arrays.equals(base, draws(42, 4, "service/review/bug")));
    assertFalse(Arrays.equals(base, draws(43, 3, "service/review/bug")));
    // Seed and replication are mixed separately, so swapping them does not collide either.
    assertFalse(Arrays.equals(draws(3, 4, "x"), draws(4, 3, "x")));
  }

  @Test
  void manyNamesSeedsAndReplicationsStartFromDistinctStates() {
    Set<Long> firstDraws = new HashSet<>();
    int made = 0;
    for (long seed = 0; seed < 5; seed++) {
      for (int replication = 0; replication < 20; replication++) {
        RandomStreams streams = new RandomStreams(seed, replication);
        for (int station = 0; station < 50; station++) {
          firstDraws.add(streams.stream(StreamName.of("service").named("s" + station).then("c")).nextLong());
          made++;
        }
      }
    }
    assertEquals(made, firstDraws.size());
  }

  @Test
  void askingForOtherStreamsDoesNotShiftAStreamsDraws() {
    long[] alone = draws(new RandomStreams(7, 0).stream(StreamName.of("routing", "test", "job")), 200);

    RandomStreams streams = new RandomStreams(7, 0);
    UniformRandomProvider before = streams.stream(StreamName.of("arrivals", "job"));
    draws(before, 50);
    UniformRandomProvider target = streams.stream(StreamName.of("routing", "test", "job"));
    UniformRandomProvider after = streams.stream(StreamName.of("service", "new-station", "job"));
    long[] interleaved = new long[200];
    for (int i = 0; i < interleaved.length; i++) {
      interleaved[i] = target.nextLong();
      after.nextLong();
      before.nextDouble();
    }
    assertArrayEquals(alone, interleaved);
  }

  @Test
  void rejectsANegativeReplicationIndex() {
    assertThrows(IllegalArgumentException.class, () -> new RandomStreams(1, -1));
  }
}
