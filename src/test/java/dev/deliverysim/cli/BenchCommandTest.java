package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} runs its workloads through the user's loader; it times, and asserts nothing about speed. */
class BenchCommandTest {
  @Test
  void theDeliveryWorkloadPrintsEventsAndRatesPerEventPeopleWeekAndReplication() {
    Cli bench = Cli.run("bench", "--workload", "delivery-12", "--repeat", "1");
    assertEquals(0, bench.exit(), bench.err());
    String row = bench.out().lines().filter(l -> l.startsWith("delivery-12 ")).findFirst().orElseThrow();
    double[] numbers = Arrays.stream(row.substring("delivery-12".length()).trim().split("\\s+"))
        .mapToDouble(s -> Double.parseDouble(s.replace(",", ""))).toArray();
    assertEquals(5, numbers.length, row);
    assertTrue(Arrays.stream(numbers).allMatch(x -> x > 0), row);
    assertTrue(!bench.out().contains("mm1"), "only the workload asked for runs:\n" + bench.out());
  }

  /** The floor runs the same network as the workload it stands beside: its mean sojourn is theory's. */
  @Test
  void theFloorRunsTheSameNetworkAsItsWorkload() {
    BareLoop mm1 = BareLoop.of("mm1");
    assertEquals(2 * 300_000, mm1.run(300_000, 1), 5, "an arrival and a completion per job");
    assertEquals(10, mm1.meanSojourn(300_000), 1.0, "M/M/1 at load 0.9: 1 / (1 - 0.9)");
    BareLoop tandem = BareLoop.of("tandem5");
    assertEquals(6 * 300_000, tandem.run(300_000, 2), 30, "an arrival and five completions per job");
    assertEquals(25, tandem.meanSojourn(300_000), 1.0, "five M/M/1 at load 0.8: 5 / (1 - 0.8)");
    assertEquals(null, BareLoop.of("mm5"), "no floor for several servers");
  }

  /** A network row gives the floor's ns/event beside the model's, and their ratio; --cpu-time says so. */
  @Test
  void aNetworkRowPrintsItsFloorAndTheRatioToIt() {
    Cli bench = Cli.run("bench", "--workload", "mm1,mm5", "--repeat", "1", "--jobs", "20000", "--cpu-time");
    assertEquals(0, bench.exit(), bench.err());
    assertTrue(bench.out().contains("thread CPU time"), bench.out());
    String[] mm1 = bench.out().lines().filter(l -> l.startsWith("mm1 ")).findFirst().orElseThrow().trim().split("\\s+");
    assertEquals(7, mm1.length, String.join(" ", mm1));
    double ns = Double.parseDouble(mm1[3]);
    double floor = Double.parseDouble(mm1[5]);
    assertEquals(ns / floor, Double.parseDouble(mm1[6]), 0.03, String.join(" ", mm1));
    String mm5 = bench.out().lines().filter(l -> l.startsWith("mm5 ")).findFirst().orElseThrow();
    assertTrue(mm5.endsWith("—        —"), mm5);
  }

  @Test
  void anUnknownWorkloadIsAUsageError() {
    Cli bench = Cli.run("bench", "--workload", "delivery-13");
    assertEquals(2, bench.exit());
    assertTrue(bench.err().contains("unknown workload 'delivery-13'"), bench.err());
  }

  @Test
  void compareReadsTheNsPerEventColumnOfBothTables() throws Exception {
    String table = """
        workload       events     wall s   ns/event       events/s   (median of 5 runs, 1 thread, Java 17)
        mm1         2,000,006      0.081       40.4     24,800,000

        workload               events     wall s   ns/event people-weeks/s replications/s   (median of 5 batches)
        delivery-120        1,234,567      0.300    1,424.5        225,000         72.0
        """;
    Map<String, Double> ns = BenchCompare.nsPerEvent(table, List.of("delivery-120", "mm1"), "x");
    assertEquals(Map.of("mm1", 40.4, "delivery-120", 1424.5), ns);
    BenchCompare.Failed missing = assertThrows(BenchCompare.Failed.class,
        () -> BenchCompare.nsPerEvent(table, List.of("mm5"), "old.jar"));
    assertTrue(missing.getMessage().contains("old.jar printed no row for workload mm5"), missing.getMessage());
  }

  @Test
  void compareWithAMissingJarIsAUsageError() {
    Cli bench = Cli.run("bench", "--workload", "delivery-12", "--compare", "no/such.jar");
    assertEquals(2, bench.exit());
    assertTrue(bench.err().contains("--compare: no such file 'no/such.jar'"), bench.err());
  }

  /** The other build is this one, behind a jar whose manifest points at the test's class path. */
  @Test
  @Tag("slow")
  void compareRunsBothBuildsAlternatelyAndPrintsTheirRatio(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("other.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(e -> Path.of(e).toUri().toString()).collect(Collectors.joining(" ")));
    try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      // the manifest is the whole jar
    }
    Cli bench = Cli.run("bench", "--workload", "delivery-12", "--repeat", "1", "--pairs", "2",
        "--compare", jar.toString());
    assertEquals(0, bench.exit(), bench.err());
    assertEquals(4, bench.err().lines().filter(l -> l.startsWith("bench --compare: pair ")).count(), bench.err());
    String row = bench.out().lines().filter(l -> l.startsWith("delivery-12 ")).findFirst().orElseThrow();
    double[] numbers = Arrays.stream(row.substring("delivery-12".length()).trim().split("\\s+"))
        .mapToDouble(Double::parseDouble).toArray();
    assertEquals(3, numbers.length, row);
    assertEquals(numbers[1] / numbers[0], numbers[2], 0.5, "the same build runs as fast, within noise: " + row);
  }

  @Test
  void theLargestWorkloadSplitsTeamsIntoTheLoadersLargestTeams() throws IOException {
    String yaml = """
        teams:
          - {name: devs, headcount: 10, skills: [code, review], focus: 0.7}   # a comment
          - {name: qa, headcount: 2, skills: [test], focus: 0.8}
        """;
    assertEquals(yaml.replace("headcount: 10,", "headcount: 1000,").replace("headcount: 2,", "headcount: 200,"),
        DeliveryWorkload.scaleTeams(yaml, 100), "one team each up to 1,000 people, named as before");
    String large = DeliveryWorkload.scaleTeams(yaml, 1000);
    assertEquals(10, large.lines().filter(l -> l.matches(" *- \\{name: devs-\\d+, headcount: 1000, skills: \\[code, review\\].*"))
        .count(), large);
    assertEquals(2, large.lines().filter(l -> l.matches(" *- \\{name: qa-[12], headcount: 1000, skills: \\[test\\].*"))
        .count(), large);
    DeliveryWorkload.of("delivery-12000"); // the loader takes it
  }
}
