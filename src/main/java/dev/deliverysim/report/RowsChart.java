package dev.deliverysim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A chart of labelled rows across a numeric axis — the shape of a forest plot and of a tornado
 * chart. XChart has no horizontal bars, so rows are y positions (the first label at the top), their
 * names drawn as the y axis's tick labels, and bars or intervals are line segments.
 */
final class RowsChart {
  private final XYChart chart;
  private final List<String> rows;
  /** The rows from the bottom of the chart up: position i names {@code fromBottom.get(i)}. */
  private final List<String> fromBottom;
  private int series;

  RowsChart(String title, String xAxis, List<String> rows) {
    this.rows = distinct(rows);
    List<String> up = new java.util.ArrayList<>(this.rows);
    java.util.Collections.reverse(up);
    this.fromBottom = List.copyOf(up);
    int height = Math.max(ChartFiles.HEIGHT, 140 + 34 * rows.size());
    chart = new XYChartBuilder().width(ChartFiles.WIDTH + 100).height(height).title(title)
        .xAxisTitle(xAxis).yAxisTitle("").build();
    ChartFiles.style(chart.getStyler());
    // XChart drops to fewer ticks when any of the axis's first three labels is over 20 characters;
    // starting the axis two rows low makes those three blanks, whatever the row names
    chart.getStyler().setYAxisMin(-2.05);
    chart.getStyler().setYAxisMax(rows.size() - 0.3);
    chart.getStyler().setYAxisTickMarkSpacingHint(30);
    chart.getStyler().setYAxisTickLabelsFormattingFunction(this::label);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
    chart.getStyler().setPlotGridHorizontalLinesVisible(false);
    AnnotationLine zero = new AnnotationLine(0, true, false);
    chart.addAnnotation(zero);
    chart.getStyler().setAnnotationLineColor(Color.DARK_GRAY);
    chart.getStyler().setAnnotationLineStroke(new BasicStroke(1.2f));
  }

  /** The names, a repeated one made distinct with zero-width spaces (see {@link #label}). */
  private static List<String> distinct(List<String> names) {
    List<String> out = new java.util.ArrayList<>();
    for (String name : names) {
      String unique = name;
      while (out.contains(unique)) {
        unique += "\u200C";
      }
      out.add(unique);
    }
    return List.copyOf(out);
  }

  /** The y position of row {@code i}, offset by {@code shift} rows (to set variants side by side). */
  double y(int i, double shift) {
    return rows.size() - 1 - i + shift;
  }

  /** Row names at whole positions, from the top; nothing visible elsewhere ({@link ChartFiles#blank}). */
  private String label(Double y) {
    return ChartFiles.positionLabel(fromBottom, y);
  }

  /** A horizontal segment from {@code x0} to {@code x1} at height {@code y}. */
  void segment(String name, double x0, double x1, double y, Color colour, float width, boolean inLegend) {
    XYSeries s = chart.addSeries(name + "#" + series++, new double[] {x0, x1}, new double[] {y, y});
    s.setLineColor(colour);
    s.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    s.setMarker(SeriesMarkers.NONE);
    s.setShowInLegend(inLegend);
    s.setLabel(name);
  }

  /** Markers at the points {@code (x[i], y[i])}, one legend entry. */
  void points(String name, double[] x, double[] y, Color colour, Marker marker) {
    XYSeries s = chart.addSeries(name + "#" + series++, x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    s.setMarker(marker);
    s.setMarkerColor(colour);
    s.setLabel(name);
  }

  XYChart chart() {
    return chart;
  }
}
