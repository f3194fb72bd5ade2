package dev.deliverysim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.sweep.Bottleneck;
import dev.deliverysim.experiment.sweep.PointBottleneck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bottleneck-shift chart: real PNG and SVG files, the same bytes for the same data. */
class BottleneckChartTest {
  /** Three points of stations[1].servers, three stations each (one with a comma in its name). */
  private static final List<PointBottleneck> POINTS = List.of(
      point("1", "dev", 0.97, 1.0, 0.40, 0, 1, 0),
      point("2", "dev", 0.93, 0.99, 0.79, 0, 1, 0),
      point("3", "qa, the testers", 0.92, 0.94, 0.99, 0, 0, 1));

  @TempDir Path tmp;

  private static PointBottleneck point(String value, String top, double ux, double dev, double qa,
      double uxShare, double devShare, double qaShare) {
    return new PointBottleneck(List.of(value), new Bottleneck("utilisation", List.of(
        new Bottleneck.Level("ux", ux, uxShare), new Bottleneck.Level("dev", dev, devShare),
        new Bottleneck.Level("qa, the testers", qa, qaShare)), top),
        new PointBottleneck.Throughput("throughput", "1/h", 0.8 + Double.parseDouble(value) / 10, 0.75, 0.95));
  }

  private byte[][] draw(Path dir) throws IOException {
    ResultsWriter out = ResultsWriter.inPlace(dir);
    BottleneckChart.write(out, "stations[1].servers", POINTS, "demo");
    return new byte[][] {Files.readAllBytes(dir.resolve(BottleneckChart.PNG)),
        Files.readAllBytes(dir.resolve(BottleneckChart.SVG))};
  }

  @Test
  void writesAPngAndAnSvgThatAreTheSameBytesForTheSameData() throws IOException {
    byte[][] first = draw(tmp.resolve("a"));
    byte[][] second = draw(tmp.resolve("b"));
    byte[] pngMagic = {(byte) 0x89, 'P', 'N', 'G'};
    assertArrayEquals(pngMagic, Arrays.copyOf(first[0], 4));
    String svg = new String(first[1], StandardCharsets.UTF_8);
    assertTrue(svg.contains("<svg"), "an SVG document");
    assertArrayEquals(first[0], second[0], "PNG bytes");
    assertEquals(new String(first[1], StandardCharsets.UTF_8), new String(second[1], StandardCharsets.UTF_8), "SVG");
  }
}
