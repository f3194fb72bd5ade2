package dev.deliverysim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.util.List;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look every chart shares — white background, light grid, legend outside on the right, the
 * Okabe–Ito palette ({@link StageColours} keys it by stage), type large enough for a projector — and how a chart is written: PNG for
 * slides and SVG for print, each atomically. XChart draws nothing time- or machine-dependent, so
 * the same data gives the same bytes.
 */
final class ChartFiles {
  /** Okabe–Ito: distinguishable with the common forms of colour blindness. */
  static final Color[] PALETTE = {
    new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
    new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000)
  };
  static final int WIDTH = 1000;
  static final int HEIGHT = 620;
  /**
   * Type sizes in pixels, for a 1000 × 620 image shown on a projector as wide as a room: tick
   * labels at 15 px are 2.4% of the height, about 26 px on a 1080p screen — legible from the back
   * row, where XChart's defaults (10–12 px) are not.
   */
  static final int TITLE_PX = 20;
  static final int AXIS_TITLE_PX = 17;
  static final int TEXT_PX = 15;
  private static final Color GRID = new Color(0xDDDDDD);
  /** Greys for what is not a stage (totals, bands, samples), so that a hue always means a stage. */
  static final Color DARK_GREY = new Color(0x555555);
  static final Color MID_GREY = new Color(0x888888);
  static final Color LIGHT_GREY = new Color(0xC8C8C8);

  /** Orange, vermillion, black: the 50th, 85th and 95th percentile lines, apart from the data's blue. */
  static final Color[] PERCENTILE_COLOURS = {PALETTE[1], PALETTE[5], PALETTE[7]};

  private ChartFiles() {}

  /** The dashed line of markers and bands (percentiles, the end of the warm-up, a total). */
  static BasicStroke dashed(float width) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
  }

  /** A filled area from the axis up to {@code y}; stacked charts draw their tallest area first. */
  static void area(XYChart chart, String name, double[] x, double[] y, Color colour) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
    s.setFillColor(colour);
    s.setLineColor(colour);
    s.setMarker(SeriesMarkers.NONE);
  }

  static void style(Styler styler) {
    styler.setSeriesColors(PALETTE);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, TITLE_PX));
    if (styler instanceof AxesChartStyler axes) {
      axes.setPlotGridLinesColor(GRID);
      axes.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, AXIS_TITLE_PX));
      axes.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, TEXT_PX));
      axes.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, TEXT_PX));
    }
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, TEXT_PX));
  }

  /** The palette's colour {@code i}, cycling when there are more series than colours. */
  static Color colour(int i) {
    return PALETTE[i % PALETTE.length];
  }

  /** Writes {@code base}.png and {@code base}.svg through {@code out}; returns the PNG's bytes. */
  static byte[] write(ResultsWriter out, String base, Chart<?, ?> chart) throws IOException {
    byte[] png = ChartEncoder.getBytes(chart, "png");
    out.bytes(base + ".png", png);
    out.bytes(base + ".svg", ChartEncoder.getBytes(chart, "svg"));
    return png;
  }

  /** Zero-width characters: a blank label spells a number in them, invisibly. */
  private static final char[] INVISIBLE = {'\u200B', '\u200C', '\u200D', '\u2060'};

  /**
   * A blank tick label for an axis that names whole positions only. XChart loops until every tick
   * label on an axis is distinct (the ticks it tries run past both ends), so each blank spells its
   * own position in zero-width characters: invisible, of no width, distinct for distinct positions.
   */
  static String blank(double at) {
    StringBuilder blank = new StringBuilder();
    for (long k = Math.round(at * 1000) + 1_000_000; k > 0; k /= INVISIBLE.length) {
      blank.append(INVISIBLE[(int) (k % INVISIBLE.length)]);
    }
    return blank.toString();
  }

  /** {@code names.get(i)} at whole positions {@code i}, {@link #blank} elsewhere. */
  static String positionLabel(List<String> names, double at) {
    long i = Math.round(at);
    return Math.abs(at - i) > 1e-6 || i < 0 || i >= names.size() ? blank(at) : names.get((int) i);
  }

  static double[] column(List<double[]> rows, int i) {
    return rows.stream().mapToDouble(r -> r[i]).toArray();
  }
}
