package dev.deliverysim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.TimelineSummary;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.study.RunStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.descriptive.Quantile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * The aging chart draws the simulated ages of the work in progress where it is, and the time in
 * each state agrees, by Little's law, with the queues the run measured on its own.
 */
class WipChartsTest {
  private static RunStudy.Result run;
  private static TimelineSummary t;

  @TempDir Path tmp;

  @BeforeAll
  static void runTheBaseline() throws Exception {
    run = RunStudy.run(ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), List.of("run.replications=12")),
        new RunStudy.Options(2, null, false), (done, total) -> {}, Cancellation.none());
    t = run.timeline();
  }

  @Test
  void theAgingChartDrawsEveryPrInProgressAtTheEndOfOneReplicationInItsStatesColumn() {
    StageColours colours = StageColours.of(List.of("coding", "review", "rework", "ci", "qa"));
    XYChart chart = WipCharts.aging("small-team", t, colours, 1.0);
    int first = WipCharts.firstReplication(t);
    List<Integer> columns = WipCharts.agingColumns(t);
    List<double[]> drawn = new ArrayList<>(); // {column, age}
    for (XYSeries dots : chart.getSeriesCollection()) {
      if (dots.getMarker() == org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE) { // a PR; the rest are marks and lines
        for (int i = 0; i < dots.getXData().length; i++) {
          drawn.add(new double[] {Math.round(dots.getXData()[i]), dots.getYData()[i]});
        }
        assertEquals(colours.of(dots.getName()), dots.getMarkerColor(), "the stage's own colour");
      }
    }
    List<double[]> simulated = new ArrayList<>();
    for (double[] row : t.wipAges()) {
      if (row[0] == first) {
        simulated.add(new double[] {columns.indexOf((int) row[1]), row[2]});
      }
    }
    assertFalse(simulated.isEmpty(), "the baseline ends its run with work in progress");
    java.util.Comparator<double[]> order = java.util.Comparator.<double[]>comparingDouble(r -> r[0]).thenComparingDouble(r -> r[1]);
    drawn.sort(order);
    simulated.sort(order);
    assertEquals(simulated.size(), drawn.size(), "one dot per PR in progress");
    for (int i = 0; i < drawn.size(); i++) {
      assertArrayEquals(simulated.get(i), drawn.get(i), 1e-12, "dot " + i);
    }
    // the median mark of each column: over every replication's PRs in that state
    int column = columns.indexOf((int) t.wipAges()[0][1]);
    double[] pooled = Arrays.stream(t.wipAges()).filter(r -> columns.indexOf((int) r[1]) == column)
        .mapToDouble(r -> r[2]).toArray();
    double median = Quantile.withDefaults().evaluate(pooled, 0.5);
    boolean found = chart.getSeriesCollection().stream().anyMatch(s -> s.getYData().length == 2
        && s.getYData()[0] == median && Math.abs((s.getXData()[0] + s.getXData()[1]) / 2 - column) < 1e-9);
    assertTrue(found, "a median mark at " + median + " across column " + column);
  }

  @Test
  void timeWaitingForReviewIsTheRunsReviewQueueOverItsPrRateByLittlesLaw() {
    double warmup = run.scenario().stop().warmup() / run.scenario().outputUnit().hours();
    double[] w = WipCharts.timeInState(t, warmup);
    int reviewQueue = -1;
    for (int s = 0; s < t.states().size(); s++) {
      if (t.states().get(s).stage().equals("review") && t.states().get(s).waiting()) {
        reviewQueue = s;
      }
    }
    double queue = mean("queue_length_mean", "review");
    double prs = mean("prs_merged", "");
    double expected = queue / prs; // L = λW, from the run's own exact time averages
    assertTrue(expected > 0.01, "a review queue worth checking: " + expected);
    assertEquals(expected, w[reviewQueue], 0.15 * expected, "time waiting for review, per PR");

    CategoryChart chart = WipCharts.timeInStateChart("small-team", t, w, StageColours.of(List.of("coding", "review")));
    CategorySeries bar = chart.getSeries("review, waiting");
    double[] heights = bar.getYData();
    assertEquals(w[reviewQueue], heights[1], 1e-12, "the review bar's light part");
    assertEquals(0.0, heights[0], 0.0, "nothing of review's in the coding bar");
  }

  @Test
  void aBacklogsTimeChartsShowCycleTimeForItsLeadTimeIsTheClock() throws Exception {
    RunStudy.Result backlog = RunStudy.run(ScenarioLoader.load(Path.of("scenarios/forecast-backlog.yaml"),
        List.of("run.replications=4", "run.horizon=20w")), new RunStudy.Options(2, null, false), (d, n) -> {},
        Cancellation.none());
    assertTrue(backlog.timeline().backlog());
    Path out = RunStudy.write(backlog, tmp.resolve("backlog"),
        new dev.deliverysim.study.Invocation("test", List.of()), (d, n) -> {});
    assertTrue(Files.exists(out.resolve("cycle-time.png")) && Files.exists(out.resolve("cycle-time-scatter.svg")));
    assertFalse(Files.exists(out.resolve("lead-time.png")), "no lead time counted from time 0");
    List<String> rows = Files.readAllLines(out.resolve("finished.csv"));
    assertEquals("replication,completed_at,time_in_system,cycle_time", rows.get(0));
    int shorter = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      assertEquals(Double.parseDouble(f[1]), Double.parseDouble(f[2]), 1e-9, "requested at 0: lead time is the clock");
      shorter += Double.parseDouble(f[3]) < Double.parseDouble(f[1]) / 2 ? 1 : 0;
    }
    assertTrue(shorter > rows.size() / 2, "most features take far less than the clock once started: " + shorter);
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("Distribution of cycle time"), "the report says what it shows");
  }

  private static double mean(String metric, String station) {
    return run.summary().metrics().stream()
        .filter(m -> m.key().name().equals(metric) && m.key().station().equals(station) && m.key().jobClass().isEmpty())
        .mapToDouble(MetricSummary::mean).findFirst().orElseThrow();
  }
}
