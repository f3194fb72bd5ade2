package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The results folder is checked before any computing (issue 15, finding 7): a folder nothing can
 * be written in is refused at once, naming it, exit 2; hidden parts a killed writer left are
 * cleared by the next run. ({@code /proc} stands for a read-only folder: even root cannot create
 * files there, and these machines run tests as root.)
 */
class OutputFolderTest {
  private static final String[] SHORT = {"--replications", "2", "--set", "run.horizon=200h", "--set", "run.warmup=0h"};

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"run", "compare", "sensitivity", "sweep"})
  void anUnwritableFolderIsRefusedBeforeAnythingRuns(String command) {
    String out = "/proc/deliverysim-results/here";
    String[] args = switch (command) {
      case "compare" -> new String[] {command, "scenarios/mm1.yaml", "scenarios/mm1.yaml", "--out", out};
      case "sweep" -> new String[] {command, "scenarios/mm1.yaml", "--param", "stations[0].servers=1,2", "--out", out};
      default -> new String[] {command, "scenarios/mm1.yaml", "--out", out};
    };
    long t0 = System.nanoTime();
    Cli cli = Cli.run(args);
    assertEquals(2, cli.exit(), cli.err());
    assertTrue(cli.err().contains("/proc/deliverysim-results/here: cannot write in /proc"), cli.err());
    assertFalse(cli.printedStackTrace(), cli.err());
    assertFalse(cli.err().contains("internal error"), cli.err());
    assertTrue(System.nanoTime() - t0 < 3e9, "refused before the simulation");
  }

  @Test
  void aForecastChecksItsFolderBeforeSimulating() {
    Cli cli = Cli.run("forecast", "scenarios/forecast-backlog.yaml", "--start", "2026-12-01", "--out", "/proc/x/y");
    assertEquals(2, cli.exit(), cli.err());
    assertTrue(cli.err().contains("/proc/x/y: cannot write in /proc"), cli.err());
  }

  @Test
  void partsLeftByAKilledSweepAreClearedByTheNextRun() throws IOException {
    Path out = tmp.resolve("sweep");
    String[] sweep = {"sweep", "scenarios/mm1.yaml", "--param", "stations[0].servers=1,2", "--out", out.toString(),
        "--quiet", "--replications", "2", "--set", "run.horizon=200h", "--set", "run.warmup=0h"};
    assertEquals(0, Cli.run(sweep).exit());
    Path stale = Files.writeString(out.resolve(".points.csv.part-0123456789abcdef"), "half a line");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
    Path young = Files.writeString(out.resolve(".other.csv.part-fedcba9876543210"), "another shard, writing now");

    Cli again = Cli.run(sweep);

    assertEquals(0, again.exit(), again.err());
    assertFalse(Files.exists(stale), "a leftover part is cleared");
    assertTrue(Files.exists(young), "a part being written by another shard is left alone");
  }

  @Test
  void aRunStillWritesWhereItCan() {
    String[] args = {"run", "scenarios/mm1.yaml", "--out", tmp.resolve("a/b/c").toString(), "--quiet", "--numbers-only"};
    Cli cli = Cli.run(concat(args, SHORT));
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(Files.exists(tmp.resolve("a/b/c/manifest.json")));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
