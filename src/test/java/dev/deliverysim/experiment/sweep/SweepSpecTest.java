package dev.deliverysim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.deliverysim.scenario.LoadedScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hash that keeps a resumed run or a merge from mixing two sweeps. */
class SweepSpecTest {
  private static SweepSpec spec(String file, String sha, List<String> sets, String param, long seed, int reps) {
    return spec(file, sha, sets, param, seed, reps, "1.0 metrics:abc");
  }

  private static SweepSpec spec(String file, String sha, List<String> sets, String param, long seed, int reps,
      String build) {
    return new SweepSpec(file, List.of(new LoadedScenario.SourceFile(file, sha)), sets,
        new SweepGrid(List.of(Param.parse(param))), seed, reps, build);
  }

  @Test
  void everyPartOfTheSweepCountsButTheFileName() {
    String base = spec("a.yaml", "aa", List.of(), "x=1,2", 1, 10).hash();
    assertEquals(64, base.length());
    assertEquals(base, spec("elsewhere/a.yaml", "aa", List.of(), "x=1,2", 1, 10).hash(),
        "shards may see the scenario under another path");
    assertNotEquals(base, spec("a.yaml", "ab", List.of(), "x=1,2", 1, 10).hash(), "content");
    assertNotEquals(base, spec("a.yaml", "aa", List.of("y=2"), "x=1,2", 1, 10).hash(), "--set");
    assertNotEquals(base, spec("a.yaml", "aa", List.of(), "x=1,3", 1, 10).hash(), "values");
    assertNotEquals(base, spec("a.yaml", "aa", List.of(), "z=1,2", 1, 10).hash(), "path");
    assertNotEquals(base, spec("a.yaml", "aa", List.of(), "x=1,2", 2, 10).hash(), "seed");
    assertNotEquals(base, spec("a.yaml", "aa", List.of(), "x=1,2", 1, 11).hash(), "replications");
    assertNotEquals(base, spec("a.yaml", "aa", List.of(), "x=1,2", 1, 10, "1.0 metrics:abd").hash(),
        "a build that reports other metrics");
    // Length prefixes keep "1,2" and "1.2"-like splits apart.
    assertNotEquals(spec("a.yaml", "aa", List.of(), "x=12", 1, 10).hash(),
        spec("a.yaml", "aa", List.of(), "x=1,2", 1, 10).hash());
  }
}
