package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory grows with the work in progress, not with the work done: the {@code delivery-12000}
 * organisation of {@code bench} (10,000 developers, 2,000 testers, 4,000 CI runners) runs a whole
 * year, one replication, in a JVM of 64 MB of heap, through the command a user types. It makes
 * over a million PRs, whose table alone would need more than 64 MB were their ids not recycled
 * (the build before recycling failed here with an OutOfMemoryError in TaskTable.grow).
 */
class LargeOrganisationMemoryTest {
  /** Generous: about 10 s alone on a 2-core machine, several times that while others build. */
  private static final long LIMIT_SECONDS = 600;

  @Test
  @Tag("slow")
  void twelveThousandPeopleRunAYearIn64MegabytesOfHeap(@TempDir Path tmp) throws IOException, InterruptedException {
    String yaml;
    try (InputStream in = LargeOrganisationMemoryTest.class.getResourceAsStream("/bench/delivery.yaml")) {
      yaml = DeliveryWorkload.scaleTeams(new String(in.readAllBytes(), StandardCharsets.UTF_8), 1000);
    }
    Path scenario = Files.writeString(tmp.resolve("delivery-12000.yaml"), yaml);
    Path out = tmp.resolve("out");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "run", scenario.toString(), "--set", "run.horizon=52w", "--set", "delivery.gates[0].machines=4000",
        "--set", "delivery.work.backlog=5000000", "--replications", "1", "--threads", "1", "--numbers-only",
        "--quiet", "--out", out.toString());
    Path log = tmp.resolve("log.txt");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      throw new AssertionError("not done in " + LIMIT_SECONDS + " s:\n" + Files.readString(log));
    }
    assertEquals(0, process.exitValue(), Files.readString(log));
    double merged = Files.readAllLines(out.resolve("summary.csv")).stream()
        .filter(line -> line.startsWith("prs_merged,")).mapToDouble(line -> Double.parseDouble(line.split(",")[5]))
        .findFirst().orElseThrow();
    // per week, over the 48 weeks after the warm-up: the run made the million PRs it is about
    assertTrue(merged * 48 > 1_000_000, "PRs merged a week: " + merged);
  }
}
