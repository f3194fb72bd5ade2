package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code optimize} as a user runs it: the answer first, a results folder, input errors exit 2. */
class OptimizeCommandTest {
  @TempDir Path out;

  @Test
  @Tag("slow")
  void answersFirstAndWritesItsFolder() {
    Cli cli = Cli.run("optimize", "scenarios/small-team.yaml", "--target", "cycle_time_p85<=6d",
        "--lever", "delivery.teams[devs].headcount=5:8", "--replications", "20", "--out", out.toString());
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().startsWith("Cheapest setting meeting cycle_time_p85 ≤ 6d with 95% confidence:")
        || cli.out().startsWith("No setting run meets"), cli.out());
    for (String file : new String[] {"optimize.csv", "frontier.png", "frontier.svg", "report.html", "manifest.json"}) {
      assertTrue(Files.exists(out.resolve(file)), file);
    }
  }

  @Test
  void aTypoInTheTargetIsABadInputWithASuggestion() {
    Cli cli = Cli.run("optimize", "scenarios/mm1.yaml", "--target", "wait_mean@servr<=6m",
        "--lever", "stations[0].servers=1:3", "--out", out.toString());
    assertEquals(2, cli.exit());
    assertTrue(cli.err().contains("did you mean 'wait_mean@server'"), cli.err());
    assertTrue(!cli.err().contains("Exception"), cli.err());
  }
}
