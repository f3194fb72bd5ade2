package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DORA counts change failures per deployment: deploying each PR alone, that is the share of PRs
 * that shipped a defect; on a weekly release train one faulty PR fails the whole train, so the
 * share of failed deployments is far higher than the share of faulty PRs.
 */
class DeploymentFailureTest {
  @TempDir Path out;

  @Test
  void aReleaseTrainFailsWholeWhenOneOfItsPrsShipsADefect() throws IOException {
    double[] continuous = rates("--replications", "6", "--set", "delivery.cadence=null");
    assertEquals(continuous[0], continuous[1], 1e-12, "one PR per deployment: the two rates are one");
    double[] trains = rates("--replications", "6", "--set", "delivery.cadence.deploy_every=1w");
    assertTrue(trains[1] > 5 * trains[0], "a weekly train of ~20 PRs fails far more often than a PR: " + trains[0]
        + " per PR, " + trains[1] + " per deployment");
  }

  /** {change_failure_rate, deployment_failure_rate} of the baseline with these options. */
  private double[] rates(String... options) throws IOException {
    Path dir = out.resolve(String.valueOf(options.length));
    String[] args = new String[options.length + 5];
    System.arraycopy(new String[] {"run", "scenarios/baseline.yaml", "--numbers-only", "--out", dir.toString()}, 0, args, 0, 5);
    System.arraycopy(options, 0, args, 5, options.length);
    Cli run = Cli.run(args);
    assertEquals(0, run.exit(), run.err());
    double[] rates = new double[2];
    for (String line : Files.readAllLines(dir.resolve("summary.csv"))) {
      String[] cells = line.split(",");
      if (cells[0].equals("change_failure_rate")) {
        rates[0] = Double.parseDouble(cells[5]);
      } else if (cells[0].equals("deployment_failure_rate")) {
        rates[1] = Double.parseDouble(cells[5]);
      }
    }
    return rates;
  }
}
