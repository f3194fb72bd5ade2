package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A priced scenario answers in money on the console, in money.csv and in the report; others do not. */
class MoneyCommandTest {
  @TempDir Path out;

  @Test
  void aPricedRunPrintsAndWritesItsMoney() throws IOException {
    Cli run = Cli.run("run", "scenarios/small-team.yaml", "--replications", "4", "--set", "run.horizon=10w",
        "--out", out.resolve("priced").toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("money (USD/quarter)"), run.out());
    // 6 developers at $91 and a tester at $70, 13 weeks of 40 hours: certain
    assertTrue(run.out().contains("People (loaded cost)                  USD 320,320"), run.out());
    String csv = Files.readString(out.resolve("priced/money.csv"));
    assertTrue(csv.startsWith("metric,station,class,unit,n,mean"));
    assertTrue(csv.contains("\npeople_cost,,,USD/quarter,4,320320,0,"), csv);
    assertTrue(Files.readString(out.resolve("priced/report.html")).contains("Money, USD/quarter"));
  }

  @Test
  void aRunWithoutCostsHasNoMoney() throws IOException {
    Cli run = Cli.run("run", "scenarios/pipeline.yaml", "--replications", "2", "--out", out.resolve("plain").toString());
    assertEquals(0, run.exit(), run.err());
    assertFalse(run.out().contains("money"), run.out());
    assertFalse(Files.exists(out.resolve("plain/money.csv")));
  }

  @Test
  @Tag("slow")
  void aPricedComparisonPrintsOneMoneyLinePerVariant() {
    Cli compare = Cli.run("compare", "scenarios/small-team.yaml", "scenarios/small-team-hire.yaml",
        "--replications", "4", "--set", "run.horizon=10w", "--out", out.resolve("cmp").toString());
    assertEquals(0, compare.exit(), compare.err());
    assertTrue(compare.out().contains("money (USD/quarter, paired 95% intervals):"), compare.out());
    assertTrue(compare.out().contains("small-team-hire against small-team: spending +USD 47.3k a quarter"),
        compare.out());
    assertTrue(Files.exists(out.resolve("cmp/money-comparison.csv")));
  }
}
