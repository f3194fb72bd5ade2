package dev.deliverysim.report;

import dev.deliverysim.experiment.PairedTimeline;
import dev.deliverysim.model.OutputUnit;
import java.awt.BasicStroke;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Each variant's throughput minus the base's, period by period, with its paired 95% interval:
 * where a change pays off over time — an AI adoption's learning dip, then its gain (the J-curve).
 * Also {@code over-time.csv}, the same numbers.
 */
public final class OverTimeChart {
  private OverTimeChart() {}

  public static FlowCharts.Drawn write(ResultsWriter out, String base, String completion, String unit,
      Map<String, PairedTimeline> byVariant) throws IOException {
    out.text("over-time.csv", w -> {
      w.write("variant,time,difference,ci95_low,ci95_high\n");
      for (Map.Entry<String, PairedTimeline> e : byVariant.entrySet()) {
        PairedTimeline p = e.getValue();
        for (int i = 0; i < p.times().length; i++) {
          w.write(Csv.field(e.getKey()) + "," + Numbers.csv(p.times()[i]) + "," + Numbers.csv(p.mean()[i]) + ","
              + Numbers.csv(p.low()[i]) + "," + Numbers.csv(p.high()[i]) + "\n");
        }
      }
    });
    String per = OutputUnit.word(unit);
    XYChart chart = new XYChartBuilder().width(ChartFiles.WIDTH).height(ChartFiles.HEIGHT)
        .title("Change from " + base + " over time: " + completion + "s per " + per)
        .xAxisTitle("time (" + OutputUnit.plural(unit) + ")")
        .yAxisTitle("difference in " + completion + "s per " + per).build();
    ChartFiles.style(chart.getStyler());
    int colour = 1;
    int replications = 0;
    for (Map.Entry<String, PairedTimeline> e : byVariant.entrySet()) {
      PairedTimeline p = e.getValue();
      replications = p.replications();
      XYSeries mean = chart.addSeries(e.getKey(), p.times(), p.mean());
      mean.setLineColor(ChartFiles.colour(colour));
      mean.setLineStyle(new BasicStroke(2.5f));
      mean.setMarker(SeriesMarkers.NONE);
      String[] edges = {" (95% low)", " (95% high)"};
      double[][] values = {p.low(), p.high()};
      for (int k = 0; k < 2; k++) {
        XYSeries band = chart.addSeries(e.getKey() + edges[k], p.times(), values[k]);
        band.setLineColor(ChartFiles.colour(colour));
        band.setLineStyle(ChartFiles.dashed(1f));
        band.setMarker(SeriesMarkers.NONE);
        band.setShowInLegend(false);
      }
      colour++;
    }
    double[] times = byVariant.values().iterator().next().times();
    XYSeries zero = chart.addSeries("no change", new double[] {times[0], times[times.length - 1]}, new double[] {0, 0});
    zero.setLineColor(java.awt.Color.GRAY);
    zero.setMarker(SeriesMarkers.NONE);
    byte[] png = ChartFiles.write(out, "over-time", chart);
    return new FlowCharts.Drawn(png, "Change over time",
        String.format(Locale.ROOT, "Each variant's %ss per %s minus the base's, period by period, paired"
            + " replication by replication over the first %d replications, with the 95%% interval of the"
            + " mean difference (dashed). Below zero the variant delivers less than the base — a learning"
            + " dip shows there — above zero more.", completion, per, replications));
  }
}
