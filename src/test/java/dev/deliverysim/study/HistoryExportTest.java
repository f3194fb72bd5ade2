package dev.deliverysim.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.calibrate.SimulatedHistory;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run's --export-history: off by default, the first replication's PRs in four formats when asked. */
class HistoryExportTest {
  private static final Invocation TEST = new Invocation("test", List.of("HistoryExportTest"));
  private static final List<String> FILES = List.of(SimulatedHistory.STAGES, SimulatedHistory.GITHUB,
      SimulatedHistory.GIT_LOG, SimulatedHistory.JIRA);

  @TempDir Path tmp;

  private static LoadedScenario team() throws Exception {
    return ScenarioLoader.load(Path.of("src/test/resources/calibrate/roundtrip-team.yaml"),
        List.of("run.horizon=10w", "run.replications=2"));
  }

  private Path write(boolean export, int threads, String name) throws Exception {
    RunStudy.Result r = RunStudy.run(team(), new RunStudy.Options(threads, null, true, null, export), StudyListener.SILENT,
        Cancellation.none());
    return RunStudy.write(r, tmp.resolve(name), TEST, StudyListener.SILENT);
  }

  @Test
  void writesTheFourExportsOnlyWhenAskedTheSameBytesWhateverTheThreads() throws Exception {
    Path plain = write(false, 2, "plain");
    for (String file : FILES) {
      assertFalse(Files.exists(plain.resolve(file)), "off by default: " + file);
    }
    Path one = write(true, 1, "one");
    Path two = write(true, 2, "two");
    String manifest = Files.readString(one.resolve("manifest.json"));
    for (String file : FILES) {
      assertTrue(manifest.contains("\"name\" : \"" + file + "\""), "in the manifest: " + file);
      assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
    }
    assertArrayEquals(Files.readAllBytes(plain.resolve("summary.csv")), Files.readAllBytes(one.resolve("summary.csv")),
        "a traced replication changes no number");
    long merged = Files.readAllLines(one.resolve(SimulatedHistory.STAGES)).stream().filter(l -> l.contains(",merged,"))
        .count();
    assertTrue(merged > 30, "ten weeks at six a week: " + merged);
  }

  @Test
  void aQueueingNetworkHasNoPullRequestsToExport() throws Exception {
    LoadedScenario mm1 = ScenarioLoader.load(Path.of("scenarios/mm1.yaml"), List.of("run.replications=2"));
    StudyInputException e = assertThrows(StudyInputException.class, () -> RunStudy.run(mm1,
        new RunStudy.Options(1, null, true, null, true), StudyListener.SILENT, Cancellation.none()));
    assertEquals("--export-history: 'mm1' is a queueing network; only a delivery organisation has pull requests to"
        + " export", e.getMessage());
  }
}
