package dev.deliverysim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The bottleneck-shift chart of a one-parameter sweep, from its {@code bottleneck.csv}: one line
 * per station (or stage), the swept value across, its utilisation (or its share of replications
 * as the bottleneck) up, and a large marker on whichever is the bottleneck at each point. Written
 * as PNG (slides) and SVG (print); the same data gives the same bytes.
 */
public final class BottleneckChart {
  public static final String PNG = "bottleneck.png";
  public static final String SVG = "bottleneck.svg";

  /** Okabe–Ito: distinguishable with the common forms of colour blindness. */
  static final Color[] PALETTE = {
    new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
    new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000)
  };

  private BottleneckChart() {}

  /** Reads the one-parameter {@code bottleneck.csv} and writes the chart beside it. */
  public static void write(Path bottleneckCsv, String scenario) throws IOException {
    List<String> lines = Files.readAllLines(bottleneckCsv);
    String parameter = Csv.split(lines.get(0)).get(0);
    Map<String, List<double[]>> byStation = new LinkedHashMap<>();
    List<double[]> bottlenecks = new ArrayList<>();
    String metric = "";
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = Csv.split(line); // value, station, metric, mean, bottleneck
      double x = Double.parseDouble(f.get(0));
      double y = f.get(3).isEmpty() ? Double.NaN : Double.parseDouble(f.get(3));
      metric = f.get(2);
      byStation.computeIfAbsent(f.get(1), s -> new ArrayList<>()).add(new double[] {x, y});
      if (Boolean.parseBoolean(f.get(4))) {
        bottlenecks.add(new double[] {x, y});
      }
    }
    XYChart chart = chart(scenario, parameter, metric, byStation, bottlenecks);
    Path dir = bottleneckCsv.getParent();
    AtomicFiles.writeBytes(dir.resolve(PNG), ChartEncoder.getBytes(chart, "png"));
    AtomicFiles.writeBytes(dir.resolve(SVG), ChartEncoder.getBytes(chart, "svg"));
  }

  private static XYChart chart(String scenario, String parameter, String metric,
      Map<String, List<double[]>> byStation, List<double[]> bottlenecks) {
    boolean shares = metric.equals("bottleneck");
    XYChart chart = new XYChartBuilder().width(900).height(560)
        .title(scenario + ": where the bottleneck sits as " + parameter + " changes")
        .xAxisTitle(parameter)
        .yAxisTitle(shares ? "share of replications as the bottleneck" : "utilisation (share of time busy)")
        .build();
    chart.getStyler().setSeriesColors(PALETTE);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridLinesColor(new Color(0xDDDDDD));
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
    byStation.forEach((station, points) -> {
      XYSeries s = chart.addSeries(station, column(points, 0), column(points, 1));
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setLineStyle(new BasicStroke(2f));
    });
    if (!bottlenecks.isEmpty()) {
      XYSeries b = chart.addSeries("bottleneck", column(bottlenecks, 0), column(bottlenecks, 1));
      b.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      b.setMarker(SeriesMarkers.DIAMOND);
      b.setMarkerColor(Color.BLACK);
    }
    return chart;
  }

  private static double[] column(List<double[]> points, int i) {
    return points.stream().mapToDouble(p -> p[i]).toArray();
  }
}
