package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

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

  @Test
  void anUnknownWorkloadIsAUsageError() {
    Cli bench = Cli.run("bench", "--workload", "delivery-13");
    assertEquals(2, bench.exit());
    assertTrue(bench.err().contains("unknown workload 'delivery-13'"), bench.err());
  }
}
