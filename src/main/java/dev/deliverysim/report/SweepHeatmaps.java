package dev.deliverysim.report;

import dev.deliverysim.experiment.sweep.Bottleneck;
import dev.deliverysim.experiment.sweep.PointBottleneck;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The charts of a two-parameter sweep, over the same grid, the first parameter up the side and the
 * second across: a heatmap of the throughput at each point, and a map of the bottleneck there (a
 * tile in the stage's colour, with the share of replications in which it was the bottleneck). Values
 * are taken as words, in the order given, so policies and durations sweep as well as numbers. A
 * grid of more parameters is not drawn: its points are in sweep.csv.
 */
public final class SweepHeatmaps {
  /** Viridis' light half, yellow to teal: black writing reads on every cell. */
  private static final Color[] SEQUENTIAL = {new Color(0xFDE725), new Color(0x90D743), new Color(0x35B779),
      new Color(0x21918C)};
  /** Grey, for a cell where nothing waited anywhere. */
  static final String NONE = "no queue anywhere";

  private SweepHeatmaps() {}

  public static List<FlowCharts.Drawn> write(ResultsWriter out, List<String> paths, List<PointBottleneck> points,
      String scenario) throws IOException {
    List<FlowCharts.Drawn> drawn = new ArrayList<>();
    if (SweepThroughput.measured(points)) {
      HeatMapChart throughput = throughput(paths, points, scenario);
      drawn.add(new FlowCharts.Drawn(ChartFiles.write(out, "throughput-heatmap", throughput),
          "Throughput over the grid", "Each cell: the mean " + SweepThroughput.title(points) + " at that "
              + paths.get(0) + " (up) and " + paths.get(1) + " (across); darker is more. The intervals are in sweep.csv."));
    }
    XYChart bottleneck = bottleneck(paths, points, scenario);
    drawn.add(new FlowCharts.Drawn(ChartFiles.write(out, "bottleneck-heatmap", bottleneck),
        "The bottleneck over the grid", "Each cell: the stage that was most often the bottleneck at that "
            + paths.get(0) + " (up) and " + paths.get(1) + " (across), in its colour, with the share of"
            + " replications in which it was. Where the colour changes, the constraint moves."));
    return drawn;
  }

  /** The distinct values of parameter {@code i}, in the order the grid gives them. */
  static List<String> axis(List<PointBottleneck> points, int i) {
    LinkedHashSet<String> values = new LinkedHashSet<>();
    points.forEach(p -> values.add(p.values().get(i)));
    return List.copyOf(values);
  }

  static HeatMapChart throughput(List<String> paths, List<PointBottleneck> points, String scenario) {
    HeatMapChart chart = base(scenario + ": " + SweepThroughput.title(points), paths);
    List<Number[]> cells = new ArrayList<>();
    List<String> across = axis(points, 1);
    List<String> up = axis(points, 0);
    for (PointBottleneck p : points) {
      cells.add(new Number[] {across.indexOf(p.values().get(1)), up.indexOf(p.values().get(0)), p.throughput().mean()});
    }
    chart.getStyler().setRangeColors(SEQUENTIAL);
    chart.getStyler().setHeatMapValueDecimalPattern("#,##0.##");
    chart.getStyler().setLegendVisible(false); // every cell is written out; the legend's ends would be unrounded
    chart.addSeries("throughput", across, up, cells);
    return chart;
  }

  /**
   * The bottleneck map: one square tile per point in the colour of its bottleneck stage, labelled
   * with the stage and the share of replications in which it was the bottleneck. Drawn as an XY chart of square markers, since XChart's heatmap can neither name a cell
   * nor colour it by category (4.0.3 never calls its value formatter, and its annotations do not
   * follow its axes).
   */
  static XYChart bottleneck(List<String> paths, List<PointBottleneck> points, String scenario) {
    List<String> across = axis(points, 1);
    List<String> up = axis(points, 0);
    XYChart chart = new XYChartBuilder().width(ChartFiles.WIDTH).height(ChartFiles.HEIGHT)
        .title(scenario + ": the bottleneck at each point").xAxisTitle(paths.get(1)).yAxisTitle(paths.get(0)).build();
    ChartFiles.style(chart.getStyler());
    chart.getStyler().setPlotGridLinesVisible(false);
    chart.getStyler().setXAxisMin(-0.5).setXAxisMax(across.size() - 0.5);
    chart.getStyler().setYAxisMin(-0.5).setYAxisMax(up.size() - 0.5);
    chart.getStyler().setXAxisTickMarkSpacingHint(30);
    chart.getStyler().setYAxisTickMarkSpacingHint(30);
    chart.getStyler().setxAxisTickLabelsFormattingFunction(x -> ChartFiles.positionLabel(across, x));
    chart.getStyler().setyAxisTickLabelsFormattingFunction(y -> ChartFiles.positionLabel(up, y));
    // a plot about 860 × 490 px beside the axes (no legend): tiles as large as the grid allows
    chart.getStyler().setMarkerSize((int) Math.max(8, 0.9 * Math.min(860.0 / across.size(), 490.0 / up.size())));
    List<String> stages = new ArrayList<>();
    points.get(0).bottleneck().levels().forEach(l -> stages.add(l.station()));
    StageColours colours = StageColours.of(stages);
    Map<String, List<double[]>> tiles = new LinkedHashMap<>();
    for (PointBottleneck p : points) {
      String top = p.bottleneck().bottleneck().isEmpty() ? NONE : p.bottleneck().bottleneck();
      double x = across.indexOf(p.values().get(1));
      double y = up.indexOf(p.values().get(0));
      tiles.computeIfAbsent(top, k -> new ArrayList<>()).add(new double[] {x, y});
      double share = share(p);
      String label = top.equals(NONE) ? "none" : top + (Double.isNaN(share) ? "" : String.format(Locale.ROOT, " %.0f%%", 100 * share));
      chart.addAnnotation(new AnnotationText(label, x, y, false));
    }
    // a ticks series first, so that XChart ticks every row and column even where no tile is
    XYSeries ticks = chart.addSeries("positions", corners(across.size(), up.size(), 0), corners(across.size(), up.size(), 1));
    ticks.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    ticks.setMarker(SeriesMarkers.NONE);
    ticks.setShowInLegend(false);
    for (String stage : stages) {
      addTiles(chart, stage, tiles.get(stage), colours.of(stage));
    }
    addTiles(chart, NONE, tiles.get(NONE), new Color(0xEEEEEE));
    chart.getStyler().setAnnotationTextFontColor(Color.BLACK);
    chart.getStyler().setLegendVisible(false); // XChart draws legend markers as large as the tiles: each tile is named
    return chart;
  }

  private static void addTiles(XYChart chart, String name, List<double[]> tiles, Color colour) {
    if (tiles == null) {
      return;
    }
    XYSeries s = chart.addSeries(name, ChartFiles.column(tiles, 0), ChartFiles.column(tiles, 1));
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    s.setMarker(SeriesMarkers.SQUARE);
    s.setMarkerColor(colour);
  }

  /** Every grid position's x ({@code coordinate} 0) or y (1). */
  private static double[] corners(int nx, int ny, int coordinate) {
    double[] v = new double[nx * ny];
    for (int i = 0; i < v.length; i++) {
      v[i] = coordinate == 0 ? i % nx : i / nx;
    }
    return v;
  }

  /** The share of replications in which the point's bottleneck was the bottleneck (NaN if unknown or none). */
  static double share(PointBottleneck p) {
    Bottleneck b = p.bottleneck();
    return b.levels().stream().filter(l -> l.station().equals(b.bottleneck())).mapToDouble(Bottleneck.Level::share)
        .findFirst().orElse(Double.NaN);
  }

  private static HeatMapChart base(String title, List<String> paths) {
    HeatMapChart chart = new HeatMapChartBuilder().width(ChartFiles.WIDTH).height(ChartFiles.HEIGHT).title(title)
        .xAxisTitle(paths.get(1)).yAxisTitle(paths.get(0)).build();
    ChartFiles.style(chart.getStyler());
    chart.getStyler().setShowValue(true);
    chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, ChartFiles.TEXT_PX));
    chart.getStyler().setValueFontColor(Color.BLACK);
    chart.getStyler().setDrawBorder(true);
    chart.getStyler().setPlotGridLinesVisible(false);
    return chart;
  }
}
