package dev.deliverysim.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.CancelledException;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.report.RunRecord;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run study from a plain test: no picocli, no terminal; progress heard, cancellable, never half-written. */
class RunStudyTest {
  private static final Invocation TEST = new Invocation("test", List.of("RunStudyTest"));

  @TempDir Path tmp;

  private static LoadedScenario mm1(String... more) throws Exception {
    List<String> overrides = new java.util.ArrayList<>(List.of("run.replications=4", "run.horizon=500h",
        "run.warmup=50h"));
    overrides.addAll(List.of(more));
    return ScenarioLoader.load(Path.of("scenarios/mm1.yaml"), overrides);
  }

  private static RunStudy.Options options(boolean numbersOnly) {
    return new RunStudy.Options(2, null, numbersOnly);
  }

  @Test
  void runsWithoutACommandLineAndTellsItsListenerHowFarItIs() throws Exception {
    AtomicLong last = new AtomicLong();
    StudyListener listener = (done, total) -> last.accumulateAndGet(done * 100 + total, Math::max);
    RunStudy.Result result = RunStudy.run(mm1(), options(false), listener, Cancellation.none());
    assertEquals(4, result.summary().replications());
    assertEquals(808, last.get(), "8 of 8 runs done: 4 replications, then their timelines recorded");
    assertTrue(result.timeline() != null, "the flow over time, for the charts");
    Path out = RunStudy.write(result, tmp.resolve("mm1"), TEST, listener);
    assertTrue(Files.exists(out.resolve("report.html")));
  }

  @Test
  void theManifestListsEveryFileWithItsSizeAndHash() throws Exception {
    Path out = RunStudy.write(RunStudy.run(mm1(), options(false), StudyListener.SILENT, Cancellation.none()),
        tmp.resolve("mm1"), TEST, StudyListener.SILENT);
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    Map<String, JsonNode> listed = new TreeMap<>();
    manifest.get("files").forEach(f -> listed.put(f.get("name").asText(), f));
    try (Stream<Path> files = Files.list(out)) {
      List<String> present = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("manifest.json"))
          .sorted().toList();
      assertEquals(present, List.copyOf(listed.keySet()), "every file but the manifest itself, and no other");
    }
    for (JsonNode f : listed.values()) {
      byte[] bytes = Files.readAllBytes(out.resolve(f.get("name").asText()));
      assertEquals(bytes.length, f.get("bytes").asLong(), f.toString());
      assertEquals(sha256(bytes), f.get("sha256").asText(), f.toString());
    }
    assertTrue(listed.containsKey("summary.csv") && listed.containsKey("flow.png") && listed.containsKey("report.html"));
  }

  @Test
  void aCancelledStudyThrowsItsOwnExceptionAndWritesNothing() throws Exception {
    Cancellation cancellation = new Cancellation();
    StudyListener cancelAtFirst = (done, total) -> cancellation.cancel();
    RunStudy.Options one = new RunStudy.Options(1, null, false);
    assertThrows(CancelledException.class, () -> RunStudy.run(mm1(), one, cancelAtFirst, cancellation));
    Cancellation already = new Cancellation();
    already.cancel();
    assertThrows(CancelledException.class,
        () -> RunStudy.run(mm1(), options(false), StudyListener.SILENT, already), "many threads alike");
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(0, left.count(), "nothing written");
    }
  }

  @Test
  void aStudyThatFailsWhileWritingLeavesTheEarlierResultsByteIdentical() throws Exception {
    Path target = tmp.resolve("mm1");
    RunStudy.Result good = RunStudy.run(mm1(), options(false), StudyListener.SILENT, Cancellation.none());
    RunStudy.write(good, target, TEST, StudyListener.SILENT);
    Map<String, byte[]> before = snapshot(target);

    // a replication that lost its values: replications.csv, the third file, fails to write
    RunRecord run = good.run();
    List<ReplicationResult> broken = List.of(new ReplicationResult(0, new double[] {1.0}, 1));
    RunRecord failing = new RunRecord(run.scenarioName(), run.description(), run.seed(), 0, run.catalog(), broken,
        run.summary(), run.loads(), run.unit(), run.stages());
    RunStudy.Result bad = new RunStudy.Result(good.loaded(), good.options(), failing, good.timeline(),
        good.started(), good.wallSeconds());
    assertThrows(IndexOutOfBoundsException.class, () -> RunStudy.write(bad, target, TEST, StudyListener.SILENT));

    Map<String, byte[]> after = snapshot(target);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertEquals(List.of("mm1"), siblings.map(p -> p.getFileName().toString()).toList(), "no temporary folder left");
    }
  }

  @Test
  void theReportShowsTheCommentsAsLoadedNotAsTheFileLaterSays() throws Exception {
    Path file = tmp.resolve("edited.yaml");
    String yaml = Files.readString(Path.of("scenarios/mm1.yaml"));
    assertTrue(yaml.contains("{exponential: {mean: 1h}}}\n"), "mm1's station on one line");
    Files.writeString(file, yaml.replace("{exponential: {mean: 1h}}}\n",
        "{exponential: {mean: 1h}}}   # one clerk, as planned\n"));
    LoadedScenario loaded = ScenarioLoader.load(file, List.of("run.replications=2", "run.horizon=200h",
        "run.warmup=20h"));
    RunStudy.Result result = RunStudy.run(loaded, options(true), StudyListener.SILENT, Cancellation.none());
    Files.writeString(file, Files.readString(file).replace("one clerk, as planned", "edited during the run"));
    Path out = RunStudy.write(new RunStudy.Result(loaded, options(false), result.run(), null, result.started(),
        result.wallSeconds()), tmp.resolve("out"), TEST, StudyListener.SILENT);
    String report = Files.readString(out.resolve("report.html"));
    assertTrue(report.contains("one clerk, as planned"), "the note as loaded");
    assertFalse(report.contains("edited during the run"));
  }

  static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void aRunToATargetPrecisionTakesTheSameReplicationsAndBytesOnAnyThreadsAsAFixedRunOfThatMany() throws Exception {
    dev.deliverysim.experiment.Precision precision =
        new dev.deliverysim.experiment.Precision(0.1, List.of("sojourn_mean"), 400);
    RunStudy.Result one = RunStudy.run(mm1(), new RunStudy.Options(1, null, true, precision, false), StudyListener.SILENT,
        Cancellation.none());
    RunStudy.Result two = RunStudy.run(mm1(), new RunStudy.Options(2, null, true, precision, false), StudyListener.SILENT,
        Cancellation.none());
    int n = one.precision().replications();
    assertTrue(n > 4, "the pilot of 4 is not enough for ±10% on the mean time in system of an M/M/1 at 90%: " + n);
    assertEquals(n, two.precision().replications());
    assertTrue(one.precision().met(), "reached within the cap");
    assertTrue(one.summary().get("sojourn_mean").relativeHalfWidth() <= 0.1);
    RunStudy.Result fixed = RunStudy.run(mm1("run.replications=" + n), options(true), StudyListener.SILENT,
        Cancellation.none());
    Path a = RunStudy.write(one, tmp.resolve("one"), TEST, StudyListener.SILENT);
    Path b = RunStudy.write(two, tmp.resolve("two"), TEST, StudyListener.SILENT);
    Path c = RunStudy.write(fixed, tmp.resolve("fixed"), TEST, StudyListener.SILENT);
    for (String file : List.of("summary.json", "summary.csv", "replications.csv")) {
      assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
      assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(c.resolve(file)), file);
    }
    assertArrayEquals(Files.readAllBytes(a.resolve("precision.csv")), Files.readAllBytes(b.resolve("precision.csv")));
    List<String> csv = Files.readAllLines(a.resolve("precision.csv"));
    assertTrue(csv.get(1).startsWith("sojourn_mean,0.1,") && csv.get(1).endsWith("," + n + ",400,"
        + one.precision().batches() + ",true"), csv.get(1));
    assertFalse(Files.exists(c.resolve("precision.csv")), "a fixed run has none");
  }

  @Test
  void aRunWithUncertainInputsWritesItsSplitAndDrawsTheSameBytesOnAnyThreads() throws Exception {
    List<String> uncertain = List.of("run.replications=8",
        "uncertainty={replications_per_draw: 2, inputs: [{path: \"job_classes[0].arrivals.rate\","
            + " uniform: {min: 0.5, max: 0.8}}]}");
    Path a = RunStudy.write(RunStudy.run(mm1(uncertain.toArray(String[]::new)), new RunStudy.Options(1, null, true),
        StudyListener.SILENT, Cancellation.none()), tmp.resolve("a"), TEST, StudyListener.SILENT);
    Path b = RunStudy.write(RunStudy.run(mm1(uncertain.toArray(String[]::new)), new RunStudy.Options(2, null, true),
        StudyListener.SILENT, Cancellation.none()), tmp.resolve("b"), TEST, StudyListener.SILENT);
    for (String file : List.of("summary.json", "replications.csv", "uncertainty.csv", "draws.csv")) {
      assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
    }
    List<String> draws = Files.readAllLines(a.resolve("draws.csv"));
    assertEquals("draw,first_replication,replications,job_classes[0].arrivals.rate", draws.get(0));
    assertEquals(5, draws.size(), "four draws of two replications");
    assertTrue(Files.readString(a.resolve("uncertainty.csv")).startsWith(
        "metric,station,class,unit,draws,replications_per_draw,mean,ci95_low,ci95_high,sd_input,sd_noise,input_share"));
    assertFalse(Files.exists(tmp.resolve("fixed/uncertainty.csv")));
  }
}
