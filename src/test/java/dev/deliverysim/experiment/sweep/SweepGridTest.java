package dev.deliverysim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Point numbering of a grid and its split into shards. */
class SweepGridTest {
  private final SweepGrid grid = new SweepGrid(List.of(
      Param.parse("a=1,2"), Param.parse("b=x,y,z")));

  @Test
  void theFirstParameterVariesSlowest() {
    assertEquals(6, grid.size());
    List<List<String>> points = new ArrayList<>();
    for (int p = 0; p < grid.size(); p++) {
      points.add(grid.values(p));
    }
    assertEquals(List.of(List.of("1", "x"), List.of("1", "y"), List.of("1", "z"),
        List.of("2", "x"), List.of("2", "y"), List.of("2", "z")), points);
    assertEquals(List.of("a=2", "b=y"), grid.assignments(4));
    assertEquals(List.of("a", "b"), grid.paths());
    assertThrows(IndexOutOfBoundsException.class, () -> grid.values(6));
  }

  @Test
  void aGridNeedsDistinctParametersAndAFiniteSize() {
    assertThrows(IllegalArgumentException.class, () -> new SweepGrid(List.of()));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> new SweepGrid(List.of(Param.parse("a=1"), Param.parse("a=2"))));
    assertTrue(twice.getMessage().contains("given twice"), twice.getMessage());
    Param big = Param.parse("n=1:10000:1");
    assertThrows(IllegalArgumentException.class, () -> new SweepGrid(List.of(big, big, Param.parse("m=1:10000:1"))));
  }

  @Test
  void shardsPartitionThePointsRoundRobin() {
    int points = 23;
    for (int n = 1; n <= 7; n++) {
      int[] owners = new int[points];
      for (int i = 1; i <= n; i++) {
        Shard shard = new Shard(i, n);
        for (int p = 0; p < points; p++) {
          if (shard.contains(p)) {
            owners[p]++;
          }
        }
      }
      for (int p = 0; p < points; p++) {
        assertEquals(1, owners[p], "point " + p + " with " + n + " shards");
      }
    }
    assertTrue(Shard.parse("2/3").contains(1));
    assertFalse(Shard.parse("2/3").contains(2));
    assertTrue(Shard.parse(" 1 / 1 ").isWhole());
  }

  @Test
  void badShardsAreRejected() {
    for (String bad : List.of("0/3", "4/3", "1/0", "3", "a/b", "1/2/3")) {
      assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
    }
  }
}
