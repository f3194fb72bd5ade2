package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sensitivity} as a user runs it: a ranking with a planted winner, a tidy CSV, bad labels caught. */
class SensitivityCommandTest {
  /** One busy station that sets the time in system, one quick one, one nothing ever reaches. */
  private static final String PLANTED = """
      name: planted
      units: {hours_per_day: 8, days_per_week: 5, output_unit: h}
      run: {replications: 6, seed: 7, horizon: 300h, warmup: 30h}
      job_classes:
        - {name: job, arrivals: {rate: 1.0}, enter: slow}
      stations:
        - {name: slow, servers: 1, service: {exponential: {mean: 0.6h}}, next: fast}
        - {name: fast, servers: 1, service: {exponential: {mean: 0.1h}}}
        - {name: idle, servers: 1, service: {exponential: {mean: 1h}}}
      """;

  @TempDir Path tmp;

  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new SensitivityCommand());
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  private Path planted() throws IOException {
    Path file = tmp.resolve("planted.yaml");
    Files.writeString(file, PLANTED);
    return file;
  }

  private Result plantedRun(Path out, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of(planted().toString(), "--metric", "sojourn_mean",
        "--param", "stations[2].service.exponential.mean", "--param", "stations[0].service.exponential.mean",
        "--param", "stations[1].service.exponential.mean", "--param", "stations[1].servers",
        "--out", out.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void thePlantedBottleneckRanksFirstAndTheUnreachableStationLast() throws IOException {
    Result r = plantedRun(tmp.resolve("out"), "--threads", "1");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = Files.readAllLines(tmp.resolve("out/sensitivity.csv"));
    assertEquals("parameter,base_value,change,applied_change,value,metric,n,base_mean,variant_mean,difference,"
        + "ci95_low,ci95_high,relative_change,relative_ci95_low,relative_ci95_high,excludes_zero,rank", lines.get(0));
    assertTrue(lines.get(1).startsWith("stations[0].service.exponential.mean,0.6h,-0.5,-0.5,0.3h,sojourn_mean,6,"),
        lines.get(1));
    assertTrue(lines.get(1).endsWith(",true,1"), lines.get(1));
    List<String> idle = lines.stream().filter(l -> l.startsWith("stations[2].")).toList();
    assertEquals(4, idle.size());
    for (String row : idle) {
      String[] f = row.split(",");
      assertTrue(Double.parseDouble(f[10]) <= 0 && Double.parseDouble(f[11]) >= 0, row);
      assertEquals("false", f[15], row);
      assertEquals("4", f[16], row); // last of the four
    }
    // servers: 1 → 0.9, 1.1 round back to 1 (no variant); 0.5 rounds to 1 as well; only 1.5 → 2 runs
    assertEquals(1, lines.stream().filter(l -> l.startsWith("stations[1].servers,")).count());
    assertTrue(r.out().contains("slow: service time (mean)"), "the parameter in words: " + r.out());
    assertTrue(Files.exists(tmp.resolve("out/manifest.json")));
    assertTrue(Files.size(tmp.resolve("out/tornado.png")) > 1000, "the tornado chart, drawn");
    String report = Files.readString(tmp.resolve("out/report.html"));
    assertTrue(report.contains("slow: service time (mean) moves sojourn_mean most"), report);
    // each parameter in words, with its path beside
    assertTrue(report.contains("<td>fast (servers) — stations[1].servers</td>"), report);
    assertTrue(report.contains("<td>idle: service time (mean) — stations[2].service.exponential.mean</td>"), report);
  }

  @Test
  void theCsvIsByteIdenticalForAnyThreadCount() throws IOException {
    assertEquals(0, plantedRun(tmp.resolve("one"), "--threads", "1").exit());
    assertEquals(0, plantedRun(tmp.resolve("two"), "--threads", "2").exit());
    assertArrayEquals(Files.readAllBytes(tmp.resolve("one/sensitivity.csv")),
        Files.readAllBytes(tmp.resolve("two/sensitivity.csv")));
    assertArrayEquals(Files.readAllBytes(tmp.resolve("one/tornado.png")),
        Files.readAllBytes(tmp.resolve("two/tornado.png")), "tornado.png");
  }

  @Test
  void aVariantThatDoesNotLoadIsSkippedWithTheLoadersMessage() throws IOException {
    Path file = tmp.resolve("routed.yaml");
    Files.writeString(file, PLANTED.replace("next: fast}", "next: [{to: fast, p: 0.8}]}"));
    Result r = run(file.toString(), "--param", "stations[0].next[0].p", "--changes", "50",
        "--metric", "throughput", "--out", tmp.resolve("routed").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("skipped stations[0].next[0].p=1.2: stations[0].next[0].p:"), r.out());
    List<String> lines = Files.readAllLines(tmp.resolve("routed/sensitivity.csv"));
    assertEquals(3, lines.size());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("stations[0].next[0].p,0.8,0.5,0.5,1.2,throughput,,")));
  }

  @Test
  void aBadMetricLabelExitsTwoWithASuggestion() throws IOException {
    Result r = run(planted().toString(), "--metric", "sojurn_mean", "--out", tmp.resolve("bad").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("unknown metric 'sojurn_mean' (did you mean 'sojourn_mean'?)"), r.err());
    assertFalse(Files.exists(tmp.resolve("bad/sensitivity.csv")));
  }

  @Test
  void anUnknownParameterExitsTwoWithASuggestion() throws IOException {
    Result r = run(planted().toString(), "--param", "stations[0].service.exponential.maen",
        "--out", tmp.resolve("bad").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("did you mean 'stations[0].service.exponential.mean'?"), r.err());
  }

  @Test
  void findsEveryParameterOfADeliveryScenarioAndRanksFeaturesDelivered() {
    Result r = run("scenarios/baseline.yaml", "--param", "delivery.teams[0].headcount",
        "--param", "delivery.quality.rework_per_defect", "--changes", "50", "--replications", "3",
        "--set", "run.horizon=6w", "--set", "run.warmup=1w", "--set", "delivery.work.features=null",
        "--set", "delivery.work.backlog=5000", "--out", tmp.resolve("b").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("effect on features_delivered (1/w)"), "a backlog it cannot finish: throughput " + r.out());
    String table = r.out();
    assertTrue(table.indexOf("seniors (headcount)") >= 0
        && table.indexOf("seniors (headcount)") < table.indexOf("Rework per defect"), table);
  }
}
