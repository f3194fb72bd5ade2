package dev.deliverysim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.sweep.PointBottleneck;
import dev.deliverysim.experiment.sweep.Shard;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.study.Invocation;
import dev.deliverysim.study.StudyListener;
import dev.deliverysim.study.SweepStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * The charts of sweeps that drew nothing before: a grid of two parameters (heatmaps) and a
 * parameter whose values are not numbers (a bar per value) — their cells and bars are the sweep's
 * own CSVs, throughput beside the bottleneck, including points read back from a resumed folder.
 */
class SweepChartsTest {
  @TempDir Path tmp;

  private SweepStudy.Result sweep(String folder, String... params) throws Exception {
    var loaded = ScenarioLoader.load(Path.of("scenarios/ux-dev-qa.yaml"),
        List.of("run.horizon=20w", "run.warmup=2w", "run.replications=3"));
    SweepStudy.Plan plan = SweepStudy.plan(loaded, new SweepStudy.Options(2, List.of(params), Shard.ALL),
        StudyListener.SILENT);
    Cancellation stopAfterOne = new Cancellation(); // one point kept, the rest read back on resuming
    try {
      SweepStudy.run(plan, tmp.resolve(folder), (done, total) -> stopAfterOne.cancel(), stopAfterOne);
    } catch (dev.deliverysim.experiment.CancelledException expected) {
      // as a killed sweep
    }
    SweepStudy.Result result = SweepStudy.run(plan, tmp.resolve(folder), StudyListener.SILENT, Cancellation.none());
    SweepStudy.write(result, new Invocation("test", List.of()), StudyListener.SILENT);
    return result;
  }

  /** sweep.csv's network-wide throughput at each point, keyed by the point's values joined with "|". */
  private static Map<String, Double> throughputs(Path csv, int parameters) throws Exception {
    Map<String, Double> means = new HashMap<>();
    for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
      List<String> f = Csv.split(line);
      if (f.get(parameters).equals("throughput") && f.get(parameters + 1).isEmpty() && f.get(parameters + 2).isEmpty()) {
        means.put(String.join("|", f.subList(0, parameters)), Double.parseDouble(f.get(parameters + 5)));
      }
    }
    return means;
  }

  @Test
  void aTwoParameterSweepsHeatmapCellsAreItsCsvsThroughputAndItsTilesItsBottlenecks() throws Exception {
    SweepStudy.Result result = sweep("grid", "stations[1].servers=1,2,3", "stations[2].servers=1,2");
    Path dir = tmp.resolve("grid");
    assertTrue(Files.exists(dir.resolve("throughput-heatmap.png")) && Files.exists(dir.resolve("bottleneck-heatmap.svg")));
    List<String> paths = List.of("stations[1].servers", "stations[2].servers");
    Map<String, Double> csv = throughputs(dir.resolve("sweep.csv"), 2);
    assertEquals(6, csv.size());

    HeatMapChart heat = SweepHeatmaps.throughput(paths, result.points(), "ux-dev-qa");
    List<?> across = heat.getHeatMapSeries().getXData();
    List<?> up = heat.getHeatMapSeries().getYData();
    assertEquals(List.of("1", "2"), across, "the second parameter across");
    assertEquals(List.of("1", "2", "3"), up, "the first up the side");
    assertEquals(6, heat.getHeatMapSeries().getHeatData().size());
    for (Number[] cell : heat.getHeatMapSeries().getHeatData()) {
      String key = up.get(cell[1].intValue()) + "|" + across.get(cell[0].intValue());
      assertEquals(csv.get(key), cell[2].doubleValue(), 0.0, "cell " + key);
    }

    Map<String, String> bottlenecks = new HashMap<>(); // bottleneck.csv: the station marked true at each point
    for (String line : Files.readAllLines(dir.resolve("bottleneck.csv"))) {
      List<String> f = Csv.split(line);
      if (f.get(6).equals("true")) {
        bottlenecks.put(f.get(0) + "|" + f.get(1), f.get(2));
      }
    }
    XYChart tiles = SweepHeatmaps.bottleneck(paths, result.points(), "ux-dev-qa");
    int drawn = 0;
    for (XYSeries s : tiles.getSeriesCollection()) {
      if (s.getName().equals("positions")) {
        continue;
      }
      for (int i = 0; i < s.getXData().length; i++) {
        String key = up.get((int) s.getYData()[i]) + "|" + across.get((int) s.getXData()[i]);
        assertEquals(bottlenecks.get(key), s.getName(), "the tile at " + key);
        assertEquals(StageColours.of(List.of("ux", "dev", "qa")).of(s.getName()), s.getMarkerColor());
        drawn++;
      }
    }
    assertEquals(6, drawn, "one tile per point");
  }

  @Test
  void aSweepOfValuesThatAreNotNumbersDrawsABarPerValueWithItsThroughput() throws Exception {
    SweepStudy.Result result = sweep("words", "stations[1].service.lognormal.mean=1d,4d,2d");
    Path dir = tmp.resolve("words");
    assertTrue(Files.exists(dir.resolve("bottleneck.png")), "a chart where there was none");
    assertTrue(!Files.exists(dir.resolve("bottleneck-share.png")), "1d is a duration, not Java's double 1.0");
    Map<String, Double> csv = throughputs(dir.resolve("sweep.csv"), 1);
    CategoryChart chart = CategorySweepChart.chart("stations[1].service.lognormal.mean", result.points(), "ux-dev-qa");
    CategorySeries line = chart.getSeries(SweepThroughput.title(result.points()));
    assertEquals(List.of("1d", "4d", "2d"), List.copyOf(line.getXData()), "the values in the order given");
    double[] y = line.getYData();
    assertEquals(csv.get("1d"), y[0], 0.0);
    assertEquals(csv.get("4d"), y[1], 0.0);
    assertEquals(csv.get("2d"), y[2], 0.0);
    assertTrue(y[0] > y[1], "a slower developer delivers less: " + y[0] + " vs " + y[1]);
    for (PointBottleneck p : result.points()) {
      double sum = p.bottleneck().levels().stream().mapToDouble(l -> 100 * l.share()).sum();
      double stacked = 0;
      int at = List.of("1d", "4d", "2d").indexOf(p.values().get(0));
      for (CategorySeries s : chart.getSeriesCollection()) {
        if (s.getYAxisGroup() == 0) {
          stacked += s.getYData()[at];
        }
      }
      assertEquals(100, stacked, 1e-9, "the bar of " + p.values() + " stacks to 100% (shares " + sum + "%)");
    }
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("Throughput (jobs out per week) ranges from"), "the report's answer names throughput");
  }
}
