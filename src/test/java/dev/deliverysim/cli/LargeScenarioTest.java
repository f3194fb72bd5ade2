package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathological sizes (issue 15, finding 8): a line of 10,001 stations validates in seconds (its
 * traffic equations solved sparsely, not as a dense 10,001² system), and 10,001 errors print a
 * hundred short lines and a count, not hundreds of megabytes.
 */
class LargeScenarioTest {
  private static final int STATIONS = 10_001;

  @TempDir Path tmp;

  @Test
  void aLineOfTenThousandStationsValidatesInSeconds() throws IOException {
    Path line = write("line.yaml", i -> i < STATIONS - 1 ? ", next: s" + (i + 1) : "");
    long t0 = System.nanoTime();
    Cli cli = Cli.run("validate", line.toString());
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().contains("ok (10001 stations, 1 job class)"), cli.out());
    assertTrue(System.nanoTime() - t0 < 10e9, "seconds, not minutes");
  }

  @Test
  void tenThousandErrorsPrintAHundredShortLinesAndACount() throws IOException {
    Path bad = write("bad.yaml", i -> ", next: nowhere" + i);
    long t0 = System.nanoTime();
    Cli cli = Cli.run("validate", bad.toString());
    assertEquals(2, cli.exit());
    List<String> lines = cli.err().lines().toList();
    assertEquals(101, lines.size());
    assertTrue(lines.get(0).endsWith("stations[0].next: unknown station 'nowhere0'; stations are: s0, s1, s2, s3, s4,"
        + " s5, s6, s7, s8, s9, … (10001 in all)"), lines.get(0));
    assertTrue(lines.get(100).endsWith("error: … and 9901 more problems not shown; fix these first"), lines.get(100));
    assertTrue(cli.err().length() < 50_000, "kilobytes, not megabytes: " + cli.err().length());
    assertTrue(System.nanoTime() - t0 < 10e9, "seconds, not minutes");
  }

  private Path write(String name, java.util.function.IntFunction<String> next) throws IOException {
    StringBuilder yaml = new StringBuilder("name: line\nrun: {horizon: 100h, replications: 1}\n"
        + "job_classes: [{name: j, arrivals: {rate: 0.5}, enter: s0}]\nstations:\n");
    for (int i = 0; i < STATIONS; i++) {
      yaml.append("  - {name: s").append(i).append(", service: {fixed: 0.1}").append(next.apply(i)).append("}\n");
    }
    return Files.writeString(tmp.resolve(name), yaml);
  }
}
