package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep survives a real kill -9: a separate JVM runs it and is killed (SIGKILL) part-way; the
 * same command then finishes it, and its files are byte-identical to an uninterrupted sweep's.
 */
class SweepKillTest {
  private static final List<String> SWEEP = List.of("sweep", "scenarios/ai-adoption.yaml",
      "--param", "delivery.ai.adoption=0:1:0.05", "--replications", "60", "--threads", "1", "--quiet");

  @TempDir Path tmp;

  @Test
  void aSweepKilledPartWayResumesToTheSameBytes() throws IOException, InterruptedException {
    Path killed = tmp.resolve("killed");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(SWEEP);
    command.addAll(List.of("--out", killed.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("killed.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (pointsDone(killed) < 3 && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(process.isAlive(), "the sweep was still running when killed");
    process.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to tidy up
    process.waitFor(30, TimeUnit.SECONDS);
    int done = pointsDone(killed);
    assertTrue(done >= 3 && done < 21, "killed part-way, after " + done + " points");
    assertFalse(Files.exists(killed.resolve("manifest.json")), "an interrupted sweep is not marked complete");
    assertFalse(Files.exists(killed.resolve("sweep.csv")), "and leaves no final file that looks whole");

    Cli resumed = run(killed);
    assertEquals(0, resumed.exit(), resumed.err());
    Path whole = tmp.resolve("whole");
    assertEquals(0, run(whole).exit());
    // the charts of the resumed sweep mix points from memory with points read back: the same picture
    for (String file : List.of("sweep.csv", "bottleneck.csv", "bottleneck.png", "bottleneck-share.png")) {
      assertArrayEquals(Files.readAllBytes(whole.resolve(file)), Files.readAllBytes(killed.resolve(file)), file);
    }
  }

  private static Cli run(Path out) {
    List<String> args = new ArrayList<>(SWEEP);
    args.addAll(List.of("--out", out.toString()));
    return Cli.run(args.toArray(String[]::new));
  }

  /** Finished points: each is a complete file under points/ (temporary .part files excluded). */
  private static int pointsDone(Path dir) throws IOException {
    Path points = dir.resolve("points");
    if (!Files.isDirectory(points)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(points)) {
      return (int) files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".csv") && !n.contains("bottleneck") && !n.startsWith(".")).count();
    }
  }
}
