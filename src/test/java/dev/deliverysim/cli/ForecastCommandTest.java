package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code forecast} end to end, in both modes: answers, files, determinism and located errors. */
class ForecastCommandTest {
  private static final String SCENARIO = "scenarios/forecast-backlog.yaml";
  private static final String FIXTURES = "src/test/resources/forecast/";

  private record Result(int exit, String out, String err) {}

  private static Result forecast(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new ForecastCommand());
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    cmd.setExecutionExceptionHandler(new Failures());
    return new Result(cmd.execute(args), out.toString(), err.toString());
  }

  @Test
  void simulatedDatesAreOrderedAndTheFilesComplete(@TempDir Path dir) throws Exception {
    Result r = forecast(SCENARIO, "--start", "2026-12-01", "--target", "2027-03-31", "--by", "2027-01-29",
        "--holidays", FIXTURES + "holidays.txt", "--replications", "12", "--out", dir.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("P(done by 2027-03-31)"), r.out());
    List<String> lines = Files.readAllLines(dir.resolve("forecast.csv"));
    assertEquals("mode,quantity,percentile,value,unit,date", lines.get(0));
    // 52 working weeks from Tuesday 2026-12-01 end on Monday 2027-11-29; three holidays push it to Thursday
    assertTrue(lines.contains("simulated,not_done,,0,trials,2027-12-02"), lines.toString());
    List<LocalDate> dates = lines.stream().filter(l -> l.startsWith("simulated,completion,"))
        .map(l -> LocalDate.parse(l.substring(l.lastIndexOf(',') + 1))).toList();
    assertEquals(3, dates.size());
    assertTrue(!dates.get(0).isAfter(dates.get(1)) && !dates.get(1).isAfter(dates.get(2)), dates.toString());
    assertTrue(dates.get(0).isAfter(LocalDate.of(2026, 12, 1)));
    String probability = lines.stream().filter(l -> l.contains("probability_by_target")).findFirst().orElseThrow();
    double p = Double.parseDouble(probability.split(",")[3]);
    assertTrue(p >= 0 && p <= 1);
    List<Integer> items = lines.stream().filter(l -> l.contains("items_by_date"))
        .map(l -> Integer.parseInt(l.split(",")[3])).toList();
    assertTrue(items.get(0) <= items.get(1) && items.get(1) <= items.get(2) && items.get(2) <= 40, items.toString());
    assertTrue(Files.readString(dir.resolve("manifest.json")).contains("\"complete\" : true"));
    assertTrue(Files.size(dir.resolve("forecast.png")) > 1000, "the completion-date chart, drawn");
    assertTrue(Files.readString(dir.resolve("report.html")).contains("85% of the trials are done by " + dates.get(1)));
  }

  @Test
  void sameSeedSameBytesWhateverTheThreads(@TempDir Path dir) throws Exception {
    String[] common = {"--start", "2026-12-01", "--replications", "6", "--seed", "3", "--by", "2027-01-15"};
    forecast(concat(new String[] {SCENARIO, "--threads", "1", "--out", dir.resolve("a").toString()}, common));
    forecast(concat(new String[] {SCENARIO, "--threads", "3", "--out", dir.resolve("b").toString()}, common));
    assertArrayEquals(Files.readAllBytes(dir.resolve("a/forecast.csv")), Files.readAllBytes(dir.resolve("b/forecast.csv")));
    String[] history = {"--history", FIXTURES + "variable.csv", "--items", "30", "--start", "2026-12-01", "--split", "1-1.5"};
    forecast(concat(history, new String[] {"--out", dir.resolve("c").toString()}));
    forecast(concat(history, new String[] {"--out", dir.resolve("d").toString()}));
    assertArrayEquals(Files.readAllBytes(dir.resolve("c/forecast.csv")), Files.readAllBytes(dir.resolve("d/forecast.csv")));
  }

  @Test
  void historyOnAConstantThroughputIsExact(@TempDir Path dir) throws Exception {
    Result r = forecast("--history", FIXTURES + "constant.csv", "--items", "20", "--start", "2026-12-01",
        "--target", "2026-12-29", "--by", "2026-12-22", "--out", dir.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = Files.readAllLines(dir.resolve("forecast.csv"));
    // four whole weeks from Tuesday 1 December end on Monday 28 December: done by the end of that day
    assertTrue(lines.contains("history,completion,p50,4,w,2026-12-28"), lines.toString());
    assertTrue(lines.contains("history,completion,p95,4,w,2026-12-28"), lines.toString());
    assertTrue(lines.contains("history,probability_by_target,,1,1,2026-12-29"), lines.toString());
    assertTrue(lines.contains("history,items_by_date,p50,15,items,2026-12-22"), lines.toString());
    // 10,000 of 10,000 trials: never "100%", and an interval on the chance
    assertTrue(r.out().contains("P(done by 2026-12-29) = >99% (10000 of 10000; 95% interval 100.0–100.0%)")
        || r.out().contains("P(done by 2026-12-29) = >99% (10000 of 10000; 95% interval 99.9–100.0%)"), r.out());
    assertFalse(r.out().contains("100.0% (10000"), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("history,probability_by_target,low95,0.99")), lines.toString());
  }

  @Test
  void historyFromPullRequestsAndIsoTimestampsWithWarningsWhenThinOrDrifting(@TempDir Path dir) throws Exception {
    Result prs = forecast("--history", "src/test/resources/calibrate/gh-prs.json", "--items", "5", "--start",
        "2026-12-01", "--out", dir.resolve("prs").toString());
    assertEquals(0, prs.exit(), prs.err());
    assertTrue(prs.out().contains("1 weeks of throughput (mean 2.00/week)"),
        "two PRs by people in one week, the bot's left out: "
        + prs.out());
    assertTrue(prs.err().contains("warning: src/test/resources/calibrate/gh-prs.json: thin history: 2 items"), prs.err());
    Path iso = dir.resolve("iso.csv");
    StringBuilder csv = new StringBuilder("completed\n");
    for (int week = 0; week < 12; week++) {
      for (int i = 0; i < (week < 6 ? 1 : 8); i++) { // 1 a week, then 8 a week: a drift
        csv.append(java.time.LocalDate.parse("2026-01-05").plusWeeks(week).plusDays(i % 5)).append("T10:00:00Z\n");
      }
    }
    Files.writeString(iso, csv);
    Result drift = forecast("--history", iso.toString(), "--items", "20", "--start", "2026-12-01", "--out",
        dir.resolve("iso").toString());
    assertEquals(0, drift.exit(), drift.err());
    assertTrue(drift.out().contains("12 weeks of throughput (mean 4.50/week)"), drift.out());
    assertTrue(drift.err().contains("drifting history: the first 6 weeks averaged 1.00 items a week, the last 6 8.00"),
        drift.err());
  }

  @Test
  void badInputIsOneLocatedLineAndExitTwo(@TempDir Path dir) {
    Result csv = forecast("--history", FIXTURES + "bad-count.csv", "--items", "5", "--start", "2026-12-01",
        "--out", dir.toString());
    assertEquals(2, csv.exit());
    assertEquals("deliverysim forecast: " + FIXTURES + "bad-count.csv:3:3: expected a whole number ≥ 0 of items"
        + " finished that week, received: 'five'", csv.err().strip());
    Result date = forecast(SCENARIO, "--start", "2026-12-01", "--target", "2027-02-30", "--out", dir.toString());
    assertEquals(2, date.exit());
    assertTrue(date.err().contains("--target: expected a date"), date.err());
    Result holidays = forecast(SCENARIO, "--start", "2026-12-01", "--holidays", "2026-12-24,xmas");
    assertEquals(2, holidays.exit());
    for (Result r : List.of(csv, date, holidays)) {
      assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
      assertFalse(Files.exists(dir.resolve("forecast.csv")));
    }
  }

  @Test
  void aScenarioWithoutABacklogIsRefusedPlainly() {
    for (String file : List.of(FIXTURES + "arrivals.yaml", "scenarios/mm1.yaml")) {
      Result r = forecast(file, "--start", "2026-12-01");
      assertEquals(2, r.exit(), r.out());
      assertTrue(r.err().contains("has no backlog to forecast; give it delivery.work.backlog: N"), r.err());
    }
    Result neither = forecast("--start", "2026-12-01");
    assertEquals(2, neither.exit());
    assertTrue(neither.err().contains("give either a SCENARIO"), neither.err());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
