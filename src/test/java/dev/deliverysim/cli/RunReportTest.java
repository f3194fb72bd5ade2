package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code run} writes beyond the numbers, read as a user would: a report that stands alone,
 * says where the constraint is, and lists the assumptions with their notes; a timeline whose
 * cumulative counts hold together; charts that exist.
 */
class RunReportTest {
  @TempDir Path tmp;

  @Test
  void thePipelineReportNamesReviewAsTheConstraintAndStandsAlone() throws IOException {
    Cli cli = Cli.run("run", "scenarios/pipeline.yaml", "--out", tmp.toString(), "--quiet");
    assertEquals(0, cli.exit(), cli.err());
    String html = Files.readString(tmp.resolve("report.html"));
    assertTrue(html.contains("Review is the constraint in 100% of replications; utilisation 89.2%"), html);
    Matcher images = Pattern.compile("<img [^>]*src=\"([^\"]*)\"").matcher(html);
    int count = 0;
    while (images.find()) {
      assertTrue(images.group(1).startsWith("data:image/png;base64,"), "inline, not " + images.group(1));
      count++;
    }
    assertEquals(5, count, "flow, queues, throughput, histogram, scatter");
    assertFalse(html.contains("http://") || html.contains("https://"), "no network references");
    // every value set, with the comment beside it as its note
    assertTrue(html.contains("<td>review (servers) — stations[1].servers</td><td class=\"n\">1</td><td>scenarios/pipeline.yaml:"), html);
    assertTrue(html.contains("one reviewer"), "the comment on servers: 1");
    assertTrue(html.contains("&quot;complete&quot; : true"), "the manifest");
    for (String chart : List.of("flow", "queues", "throughput", "lead-time", "lead-time-scatter")) {
      assertTrue(Files.size(tmp.resolve(chart + ".png")) > 10_000, chart);
      assertTrue(Files.size(tmp.resolve(chart + ".svg")) > 10_000, chart);
    }
  }

  /** Draining goes on past the horizon, where the last snapshot was taken; nothing breaks. */
  @Test
  void aDrainedRunDrawsItsTimelineUpToTheHorizon() throws IOException {
    Cli cli = Cli.run("run", "scenarios/pipeline.yaml", "--out", tmp.toString(), "--quiet",
        "--replications", "3", "--set", "run.drain=true");
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(Files.exists(tmp.resolve("flow.png")) && Files.exists(tmp.resolve("manifest.json")));
    assertEquals(52, Files.readAllLines(tmp.resolve("timeseries.csv")).stream().skip(1)
        .filter(l -> l.contains(",done,")).count(), "weekly snapshots up to the horizon");
  }

  /** Replications stopped by a job limit end at different times: no common axis, no timeline. */
  @Test
  void aRunStoppedByAJobLimitHasNoTimelineAndSaysSo() throws IOException {
    Cli cli = Cli.run("run", "scenarios/mm1.yaml", "--out", tmp.toString(), "--quiet", "--replications", "5",
        "--set", "run.jobs=100", "--set", "run.horizon=180h", "--set", "run.warmup=0h");
    assertEquals(0, cli.exit(), cli.err());
    assertFalse(Files.exists(tmp.resolve("timeseries.csv")));
    assertTrue(Files.readString(tmp.resolve("report.html")).contains("No charts: a run without a horizon"));
    assertTrue(Files.exists(tmp.resolve("manifest.json")));
  }

  @Test
  void numbersOnlyWritesTheNumbersAndTheManifestAndNothingDrawn() throws IOException {
    Cli cli = Cli.run("run", "scenarios/pipeline.yaml", "--out", tmp.toString(), "--quiet", "--numbers-only");
    assertEquals(0, cli.exit(), cli.err());
    try (var files = Files.list(tmp)) {
      assertEquals(List.of("manifest.json", "replications.csv", "summary.csv", "summary.json"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  /** At every snapshot time the mean items in all states equal mean arrived minus mean done. */
  @Test
  void theTimeSeriesConservesWorkAndThroughputMatchesTheSummary() throws IOException {
    Cli cli = Cli.run("run", "scenarios/baseline.yaml", "--out", tmp.toString(), "--quiet",
        "--replications", "20");
    assertEquals(0, cli.exit(), cli.err());
    List<String> rows = Files.readAllLines(tmp.resolve("timeseries.csv"));
    assertEquals("time,measure,state,stage,waiting,mean,p10,p90", rows.get(0));
    Map<String, double[]> byTime = new HashMap<>(); // time → {in states, arrived, done}
    double deliveredInWindow = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      double[] sums = byTime.computeIfAbsent(f[0], t -> new double[3]);
      double mean = Double.parseDouble(f[5]);
      switch (f[1]) {
        case "in_state" -> sums[0] += mean;
        case "arrived" -> sums[1] = mean;
        case "done" -> sums[2] = mean;
        case "throughput" -> deliveredInWindow += Double.parseDouble(f[0]) > 4 ? mean : 0;
        default -> { }
      }
    }
    assertEquals(26, byTime.size(), "weekly snapshots over 26 weeks");
    byTime.forEach((time, sums) -> assertEquals(sums[1] - sums[2], sums[0], 1e-9, "at " + time));
    // weekly features delivered, averaged over weeks 5–26, is the summary's features_delivered
    String summary = Files.readString(tmp.resolve("summary.csv"));
    Matcher m = Pattern.compile("(?m)^features_delivered,,,1/w,20,([^,]+),").matcher(summary);
    assertTrue(m.find(), summary);
    assertEquals(Double.parseDouble(m.group(1)), deliveredInWindow / 22, 1e-9);
  }
}
