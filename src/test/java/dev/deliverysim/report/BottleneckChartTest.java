package dev.deliverysim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bottleneck-shift chart: real PNG and SVG files, the same bytes for the same data. */
class BottleneckChartTest {
  private static final String CSV = """
      stations[1].servers,station,metric,mean,share,bottleneck
      1,ux,utilisation,0.97,0,false
      1,dev,utilisation,1.0,1,true
      1,"qa, the testers",utilisation,0.40,0,false
      2,ux,utilisation,0.93,0,false
      2,dev,utilisation,0.99,1,true
      2,"qa, the testers",utilisation,0.79,0,false
      3,ux,utilisation,0.92,0,false
      3,dev,utilisation,0.94,0,false
      3,"qa, the testers",utilisation,0.99,1,true
      """;

  @TempDir Path tmp;

  private byte[][] draw(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path csv = Files.writeString(dir.resolve("bottleneck.csv"), CSV);
    BottleneckChart.write(csv, "demo");
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
