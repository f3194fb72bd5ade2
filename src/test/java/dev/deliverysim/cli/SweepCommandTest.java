package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deliverysim.experiment.sweep.CrashingSink;
import dev.deliverysim.experiment.sweep.Param;
import dev.deliverysim.experiment.sweep.Shard;
import dev.deliverysim.experiment.sweep.SweepGrid;
import dev.deliverysim.experiment.sweep.SweepRunner;
import dev.deliverysim.experiment.sweep.SweepSpec;
import dev.deliverysim.report.SweepFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sweep} as a user drives it: the tidy files, shards and merge, resuming after a crash. */
class SweepCommandTest {
  private static final String UX = "scenarios/ux-dev-qa.yaml";
  private static final String DEVS = "stations[1].servers=1:4:1";
  /** Short runs: the bottleneck still moves, and the whole class stays fast. */
  private static final List<String> SHORT =
      List.of("--set", "run.horizon=30w", "--set", "run.warmup=4w", "--replications", "4");
  private static final List<String> SHORT_OVERRIDES =
      List.of("run.horizon=30w", "run.warmup=4w", "run.replications=4");
  private static final List<String> FILES = List.of(SweepFolder.SWEEP_CSV, SweepFolder.BOTTLENECK_CSV,
      "bottleneck.png", "bottleneck.svg", "bottleneck-share.png", "bottleneck-share.svg");

  @TempDir Path tmp;

  private record Cli(int exit, String out, String err) {}

  private static Cli sweep(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new SweepCommand());
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    cmd.setExecutionExceptionHandler(new Failures());
    return new Cli(cmd.execute(args), out.toString(), err.toString());
  }

  private static Cli uxSweep(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of(UX, "--param", DEVS));
    args.addAll(SHORT);
    args.addAll(List.of("--out", out.toString()));
    args.addAll(List.of(more));
    return sweep(args.toArray(String[]::new));
  }

  @Test
  void aOneParameterSweepDrawsTheBottleneckShiftAndASeveralParameterOneDoesNot() throws IOException {
    assertEquals(0, uxSweep(tmp.resolve("one")).exit());
    assertTrue(Files.size(tmp.resolve("one/bottleneck.png")) > 1000);
    assertTrue(Files.size(tmp.resolve("one/bottleneck.svg")) > 1000);
    List<String> two = new ArrayList<>(List.of(UX, "--param", DEVS, "--param", "stations[2].servers=1,2"));
    two.addAll(SHORT);
    two.addAll(List.of("--out", tmp.resolve("two").toString()));
    assertEquals(0, sweep(two.toArray(String[]::new)).exit());
    assertTrue(!Files.exists(tmp.resolve("two/bottleneck.png")), "no single axis to draw along");
  }

  @Test
  void aSweepDeclaredInTheScenarioRunsWithoutParamsAndMatchesTheSameParam() throws IOException {
    List<String> declared = new ArrayList<>(List.of(UX));
    declared.addAll(SHORT);
    declared.addAll(List.of("--out", tmp.resolve("declared").toString()));
    Cli fromFile = sweep(declared.toArray(String[]::new));
    assertEquals(0, fromFile.exit(), fromFile.err());
    assertEquals(0, uxSweep(tmp.resolve("option")).exit());
    assertEquals(Files.readString(tmp.resolve("option/sweep.csv")), Files.readString(tmp.resolve("declared/sweep.csv")));
  }

  @Test
  void aMalformedDeclaredSweepIsALocatedError() throws IOException {
    Path broken = Files.writeString(tmp.resolve("broken.yaml"), Files.readString(Path.of(UX))
        .replace("  - stations[1].servers=1:4:1", "  - stations[1].servers"));
    Cli cli = sweep(broken.toString(), "--out", tmp.resolve("never").toString());
    assertEquals(2, cli.exit());
    int line = Files.readAllLines(broken).indexOf("  - stations[1].servers") + 1;
    assertTrue(cli.err().contains(":" + line + ":5: error: sweep[0]: expected PATH=VALUES"), cli.err());
  }

  @Test
  void writesTidyRowsAndShowsTheBottleneckMovingFromDevToQa() throws IOException {
    Cli cli = uxSweep(tmp);
    assertEquals(0, cli.exit(), cli.err());
    List<String> rows = Files.readAllLines(tmp.resolve("sweep.csv"));
    assertEquals("stations[1].servers,metric,station,class,unit,n,mean,sd,ci95_low,ci95_high", rows.get(0));
    int metricsPerPoint = (rows.size() - 1) / 4;
    assertEquals(1 + 4 * metricsPerPoint, rows.size(), "4 points × the same metrics");
    assertTrue(rows.get(1).startsWith("1,throughput,,,1/w,4,"), rows.get(1));
    assertTrue(rows.get(1 + 3 * metricsPerPoint).startsWith("4,throughput,"), "points in order");

    List<String> bottleneck = Files.readAllLines(tmp.resolve("bottleneck.csv"));
    assertEquals("stations[1].servers,station,metric,mean,share,bottleneck", bottleneck.get(0));
    assertEquals(1 + 4 * 3, bottleneck.size(), "4 points × 3 stations");
    List<String> constraint = bottleneck.stream().filter(r -> r.endsWith(",true"))
        .map(r -> r.split(",")[0] + ":" + r.split(",")[1]).toList();
    assertEquals(List.of("1:dev", "2:dev", "3:qa", "4:qa"), constraint);
    for (int point = 0; point < 4; point++) { // a network always has a busiest station
      double shares = 0;
      for (String row : bottleneck.subList(1 + 3 * point, 4 + 3 * point)) {
        shares += Double.parseDouble(row.split(",")[4]);
      }
      assertEquals(1, shares, 1e-12, "shares of point " + (point + 1));
    }
    assertTrue(bottleneck.get(2).startsWith("1,dev,utilisation,") && bottleneck.get(2).endsWith(",1,true"),
        "with one developer, dev is the busiest in every replication: " + bottleneck.get(2));
    assertTrue(cli.out().contains("3  →  qa (utilisation"), cli.out());
    assertTrue(Files.size(tmp.resolve("bottleneck-share.png")) > 1000, "the share chart, drawn");
    assertTrue(Files.readString(tmp.resolve("report.html"))
        .contains("the bottleneck moves: dev (from 1) → qa (from 3)."));

    JsonNode manifest = new ObjectMapper().readTree(tmp.resolve("manifest.json").toFile());
    assertTrue(manifest.get("complete").asBoolean());
    assertEquals(11, manifest.get("seed").asLong(), "the scenario's seed at every point");
    assertEquals(4, manifest.get("replications").asInt());
    try (Stream<Path> all = Files.walk(tmp)) {
      assertFalse(all.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary left");
    }
  }

  @Test
  void pointsShareTheSeedSoTheyDifferOnlyByTheParameter() throws IOException {
    // One parameter set to the same value twice: common random numbers make the two points equal.
    Cli cli = sweep(UX, "--param", "stations[1].servers=2,2", "--replications", "3",
        "--set", "run.horizon=20w", "--out", tmp.toString());
    assertEquals(0, cli.exit(), cli.err());
    List<String> rows = Files.readAllLines(tmp.resolve("sweep.csv"));
    int half = (rows.size() - 1) / 2;
    assertEquals(rows.subList(1, 1 + half), rows.subList(1 + half, rows.size()));
  }

  @Test
  void mergedShardsAreByteIdenticalToOneRun() throws IOException {
    Path whole = tmp.resolve("whole");
    assertEquals(0, uxSweep(whole).exit());
    List<String> shards = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      Path dir = tmp.resolve("shard-" + i);
      Cli cli = uxSweep(dir, "--shard", i + "/3", "--threads", String.valueOf(i));
      assertEquals(0, cli.exit(), cli.err());
      assertFalse(Files.exists(dir.resolve("sweep.csv")), "a shard does not assemble");
      assertTrue(Files.exists(dir.resolve("shard-" + i + "-of-3.json")));
      shards.add(dir.toString());
    }
    Path merged = tmp.resolve("merged");
    List<String> args = new ArrayList<>(List.of("merge"));
    args.addAll(shards);
    args.addAll(List.of("--out", merged.toString()));
    Cli cli = sweep(args.toArray(String[]::new));
    assertEquals(0, cli.exit(), cli.err());
    assertSameBytes(whole, merged);
    assertTrue(Files.exists(merged.resolve("manifest.json")));
  }

  @Test
  void shardsMayShareOneFolderAndMergeInPlace() throws IOException {
    Path whole = tmp.resolve("whole");
    Path shared = tmp.resolve("shared");
    assertEquals(0, uxSweep(whole).exit());
    assertEquals(0, uxSweep(shared, "--shard", "2/2").exit());
    Cli early = sweep("merge", shared.toString());
    assertEquals(2, early.exit());
    assertTrue(early.err().contains("2 of 4 points are missing (0, 2)"), early.err());
    assertFalse(Files.exists(shared.resolve("sweep.csv")));
    assertEquals(0, uxSweep(shared, "--shard", "1/2").exit());
    assertEquals(0, sweep("merge", shared.toString()).exit());
    assertSameBytes(whole, shared);
  }

  @Test
  void mergeRefusesFoldersOfDifferentSweeps() {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertEquals(0, uxSweep(a, "--shard", "1/2").exit());
    assertEquals(0, uxSweep(b, "--shard", "2/2", "--seed", "12").exit());
    Cli cli = sweep("merge", a.toString(), b.toString(), "--out", tmp.resolve("m").toString());
    assertEquals(2, cli.exit());
    assertTrue(cli.err().contains("holds another sweep"), cli.err());
    assertEquals(2, sweep("merge", tmp.resolve("nothing").toString()).exit());
  }

  @Test
  void aSweepFolderWrittenByAnotherBuildIsNotMixedIn() throws Exception {
    assertEquals(0, uxSweep(tmp, "--shard", "1/2").exit());
    Path spec = tmp.resolve("sweep.json");
    String json = Files.readString(spec);
    assertTrue(json.contains("\"build\" : \"dev metrics:"), json);
    SweepSpec ours = new SweepFolder(tmp).readSpec();
    SweepSpec older = new SweepSpec(ours.scenario(), ours.sources(), ours.overrides(), ours.grid(),
        ours.seed(), ours.replications(), "0.9 metrics:0123456789abcdef");
    Files.writeString(spec, json.replace(ours.build(), older.build()));
    Cli edited = sweep("merge", tmp.toString());
    assertEquals(2, edited.exit());
    assertTrue(edited.err().contains("was edited"), edited.err());

    // As a folder written by an older deliverysim would be: its own build, its own hash.
    Files.writeString(spec, json.replace(ours.build(), older.build()).replace(ours.hash(), older.hash()));
    Cli resume = uxSweep(tmp, "--shard", "2/2");
    assertEquals(2, resume.exit(), resume.out());
    assertTrue(resume.err().contains("version differ"), resume.err());
    assertEquals(2, sweep("merge", tmp.toString()).exit(), "nor merged, half done as it is");
  }

  @Test
  void aCrashedSweepResumesAndEndsByteIdentical() throws IOException {
    Path whole = tmp.resolve("whole");
    assertEquals(0, uxSweep(whole).exit());

    // The first run dies after keeping two points, as a process killed mid-sweep would.
    Path crashed = tmp.resolve("crashed");
    SweepRunner runner = new SweepRunner(Path.of(UX), SHORT_OVERRIDES,
        new SweepGrid(List.of(Param.parse(DEVS))), 2);
    SweepFolder folder = new SweepFolder(crashed);
    assertThrows(IllegalStateException.class, () -> {
      folder.begin(runner.spec());
      runner.run(Shard.ALL, new CrashingSink(2, folder), (p, done, toRun) -> {});
    });
    assertTrue(folder.done(1) && !folder.done(2));
    assertFalse(Files.exists(crashed.resolve("sweep.csv")));
    assertFalse(Files.exists(crashed.resolve("manifest.json")));

    Cli resumed = uxSweep(crashed);
    assertEquals(0, resumed.exit(), resumed.err());
    assertTrue(resumed.out().contains("ran 2, 2 were done already"), resumed.out());
    assertSameBytes(whole, crashed);
    assertTrue(uxSweep(crashed).out().contains("ran 0, 4 were done already"), "nothing runs twice");
    assertSameBytes(whole, crashed);
  }

  @Test
  void aKilledSweepWithHalfWrittenFilesResumesByteIdentical() throws IOException {
    Path whole = tmp.resolve("whole");
    Path killed = tmp.resolve("killed");
    assertEquals(0, uxSweep(whole).exit());
    assertEquals(0, uxSweep(killed).exit());
    // kill -9 leaves: a point whose metrics file never landed, a temporary, no final files.
    Path points = killed.resolve("points");
    Files.delete(points.resolve("0000001.csv"));
    Files.delete(points.resolve("0000003.csv"));
    Files.delete(points.resolve("0000003.bottleneck.csv"));
    Files.writeString(points.resolve(".0000003.csv.1234.part"), "1,throughput,half a li");
    Files.delete(killed.resolve("sweep.csv"));
    Files.delete(killed.resolve("manifest.json"));
    Cli cli = uxSweep(killed);
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().contains("ran 2, 2 were done already"), cli.out());
    assertSameBytes(whole, killed);
  }

  @Test
  void resumingWithAnotherSweepIsRefusedAndLeavesTheFolderAlone() throws IOException {
    assertEquals(0, uxSweep(tmp).exit());
    byte[] before = Files.readAllBytes(tmp.resolve("sweep.csv"));
    for (String[] other : List.of(new String[] {"--seed", "99"}, new String[] {"--set", "stations[2].servers=2"})) {
      Cli cli = uxSweep(tmp, other);
      assertEquals(2, cli.exit());
      assertTrue(cli.err().contains("holds another sweep") && cli.err().contains("Use another --out"), cli.err());
    }
    Cli otherValues = sweep(UX, "--param", "stations[1].servers=1:3:1", "--set", "run.horizon=30w",
        "--set", "run.warmup=4w", "--replications", "4", "--out", tmp.toString());
    assertEquals(2, otherValues.exit(), "another grid is another sweep");
    assertTrue(Files.exists(tmp.resolve("manifest.json")), "the finished sweep stays marked complete");
    assertArrayEquals(before, Files.readAllBytes(tmp.resolve("sweep.csv")));
  }

  @Test
  void aBadValueIsReportedOnceAndNothingRuns() {
    Path out = tmp.resolve("never");
    Cli cli = sweep(UX, "--param", "stations[1].servers=1:5:1", "--param", "stations[2].servers=1,2",
        "--out", out.toString());
    assertEquals(2, cli.exit());
    assertEquals(1, cli.err().split("capacity ≥ servers", -1).length - 1, cli.err());
    assertTrue(cli.err().contains("(at 2 of 10 points, first stations[1].servers=5 stations[2].servers=1)"), cli.err());
    assertFalse(Files.exists(out), "nothing written");

    Cli badPath = sweep(UX, "--param", "stations[7].servers=1,2", "--out", out.toString());
    assertEquals(2, badPath.exit());
    assertTrue(badPath.err().startsWith("--set:1:9: error: stations[7].servers: cannot set"), badPath.err());
    assertEquals(2, badPath.err().lines().count(), "the problem once, then that nothing ran");

    assertEquals(2, sweep(UX, "--param", "x=1:2").exit());
    Cli nothing = sweep("scenarios/pipeline.yaml", "--out", out.toString());
    assertEquals(2, nothing.exit(), "no --param and no sweep: in the scenario");
    assertTrue(nothing.err().contains("or a sweep: list in scenarios/pipeline.yaml"), nothing.err());
    assertEquals(2, sweep(UX, "--param", DEVS, "--shard", "3/2").exit());
    assertFalse(Files.exists(out));
  }

  @Test
  void aDeliverySweepNamesTheStageThatIsMostOftenTheBottleneck() throws IOException {
    Cli cli = sweep("scenarios/baseline.yaml", "--param", "delivery.teams[0].headcount=4,8",
        "--replications", "3", "--set", "run.horizon=8w", "--set", "run.warmup=1w", "--out", tmp.toString());
    assertEquals(0, cli.exit(), cli.err());
    List<String> rows = Files.readAllLines(tmp.resolve("bottleneck.csv"));
    for (String headcount : List.of("4", "8")) {
      List<String[]> point = rows.stream().skip(1).map(r -> r.split(",")).filter(f -> f[0].equals(headcount)).toList();
      assertTrue(point.size() >= 3, "one row per stage");
      assertTrue(point.stream().allMatch(f -> f[2].equals("bottleneck")));
      assertEquals(1.0, point.stream().mapToDouble(f -> Double.parseDouble(f[3])).sum(), 1e-9,
          "each replication has one bottleneck stage");
      for (String[] f : point) {
        assertEquals(f[3], f[4], "for a delivery stage, the mean of bottleneck is its share");
      }
      assertEquals(1, point.stream().filter(f -> f[5].equals("true")).count());
    }
  }

  /** Values that are not numbers (durations, policies) give no axis to draw along, but a whole sweep. */
  @Test
  void aSweepOverValuesThatAreNotNumbersDrawsABarPerValue() throws IOException {
    Cli cli = sweep("scenarios/pipeline.yaml", "--param", "run.horizon=26w,52w", "--replications", "2",
        "--out", tmp.toString());
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(Files.exists(tmp.resolve("manifest.json")), "the sweep is complete");
    assertTrue(Files.exists(tmp.resolve("report.html")));
    assertTrue(Files.exists(tmp.resolve("bottleneck.png")), "words on the axis, a bar per value");
    assertFalse(Files.exists(tmp.resolve("bottleneck-share.png")), "no line along values that are not numbers");
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() throws IOException {
    assertEquals(0, uxSweep(tmp.resolve("one"), "--threads", "1").exit());
    assertEquals(0, uxSweep(tmp.resolve("four"), "--threads", "4").exit());
    assertSameBytes(tmp.resolve("one"), tmp.resolve("four"));
  }

  private static void assertSameBytes(Path expected, Path actual) throws IOException {
    for (String file : FILES) {
      assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)), file);
    }
  }
}
