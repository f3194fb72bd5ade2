package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad values on the command line are bad input, exit 2 with a message naming what was expected,
 * never an internal error (issue 15, finding 5; the scenario's own are fixtures under
 * {@code invalid/blank-names.yaml} and {@code invalid-delivery/internal-errors.yaml}).
 */
class BadValuesTest {
  @TempDir Path tmp;

  @Test
  void anIncidentProbabilityAboveOneIsLocatedNotInternal() {
    Cli cli = Cli.run("validate", "scenarios/baseline.yaml", "--set", "delivery.incidents.per_escaped_defect=1.5");
    assertEquals(2, cli.exit(), cli.err());
    assertEquals("--set:1:39: error: delivery.incidents.per_escaped_defect: expected a probability between 0"
        + " and 1, received: 1.5", cli.err().strip());
  }

  @Test
  void anEmptyMetricListIsRefusedOrIgnoredButNeverInternal() {
    Cli cli = Cli.run("compare", "scenarios/mm1.yaml", "scenarios/mm1.yaml", "--metrics", ",",
        "--replications", "2", "--set", "run.horizon=200h", "--set", "run.warmup=0h", "--out", tmp.toString(), "--quiet");
    assertTrue(cli.exit() == 0 || cli.exit() == 2, cli.err());
    assertFalse(cli.err().contains("internal error"), cli.err());
  }

  @Test
  void aRangeOfAstronomicalNumbersIsRefusedAtOnce() {
    for (String range : new String[] {"1e999999999:2:1", "0:1:1e-99999999", "1e999999999:2e999999999:1"}) {
      long t0 = System.nanoTime();
      Cli cli = Cli.run("sweep", "scenarios/mm1.yaml", "--param", "run.seed=" + range, "--out", tmp.toString());
      assertEquals(2, cli.exit(), cli.err());
      assertTrue(cli.err().contains("range " + range), cli.err());
      assertFalse(cli.printedStackTrace(), cli.err());
      assertTrue(System.nanoTime() - t0 < 5e9, "refused in seconds, not minutes: " + range);
    }
  }

  @Test
  void aWorkingDayOutOfRangeIsLocatedAtItsValue() {
    Cli cli = Cli.run("validate", "scenarios/mm1.yaml", "--set", "units.hours_per_day=25");
    assertEquals(2, cli.exit(), cli.err());
    assertEquals("--set:1:21: error: units.hours_per_day: expected hours in a working day, in (0, 24], received: 25.0",
        cli.err().strip());
  }

  @Test
  void validateNeverSuggestsAnOptionItDoesNotHave() {
    Cli help = Cli.run("validate", "--help");
    assertTrue(help.out().contains("--stacktrace"), help.out());
  }
}
