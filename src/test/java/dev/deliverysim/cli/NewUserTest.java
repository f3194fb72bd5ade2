package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user meets first (issue 15): every error at once, and {@code --set} that reaches what it names. */
class NewUserTest {
  private static final String BASELINE = "scenarios/baseline.yaml";

  @TempDir Path tmp;

  @Test
  void aTypeErrorDoesNotHideTheOtherErrorsOfItsSection() throws IOException {
    Path file = Files.writeString(tmp.resolve("team.yaml"), """
        name: team
        run: {horizon: 4w}
        delivery:
          work:
            features: {rate: 2/w}
            task_effort: {fixed: 1d}
            lines_per_hour: abc
          teams:
            - {name: devs, headcount: 0, skills: [code, review]}
          review: {detection: 1.5}
        """);
    Cli cli = Cli.run("validate", file.toString());
    assertEquals(2, cli.exit());
    assertEquals(List.of(
        file + ":7:21: error: delivery.work.lines_per_hour: expected a number, received: \"abc\"",
        file + ":9:31: error: delivery.teams[0].headcount: expected an integer from 1 to 1000 (a team of"
            + " interchangeable people; split a larger one), received: 0",
        file + ":10:23: error: delivery.review.detection: expected a probability between 0 and 1, received: 1.5"),
        cli.err().lines().toList());
  }

  @Test
  void setCreatesAMissingSection() {
    Cli cli = Cli.run("validate", BASELINE, "--set", "delivery.ai.adoption=0.5");
    assertEquals(0, cli.exit(), cli.err());
  }

  @Test
  void setAddressesAListItemByName() {
    Cli cli = Cli.run("validate", BASELINE, "--set", "delivery.teams[devs].headcount=12", "--set",
        "delivery.teams[qa].headcount=3");
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().contains("(3 teams (18 people), 2 gates)"), cli.out());
  }

  @Test
  void setAppendsAListItem() {
    Cli cli = Cli.run("validate", BASELINE, "--set", "delivery.gates[+]={name: soak, delay: {fixed: 4h}, detection: 0.1}");
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().contains("3 gates"), cli.out());
  }

  @Test
  void aMisspeltItemNameIsLocatedWithASuggestion() {
    Cli cli = Cli.run("validate", BASELINE, "--set", "delivery.teams[dves].headcount=12");
    assertEquals(2, cli.exit());
    assertEquals("--set:1:15: error: delivery.teams[dves].headcount: cannot set: no item named 'dves' (did you mean"
        + " 'devs'?); names are: seniors, devs, qa", cli.err().strip());
  }

  @Test
  void aMisspeltNewSectionIsLocatedInTheArgument() {
    Cli cli = Cli.run("validate", BASELINE, "--set", "delivery.qualiti.defects_per_kloc=5");
    assertEquals(2, cli.exit());
    assertTrue(cli.err().startsWith("--set:1:10: error: delivery.qualiti: unknown field (did you mean 'quality'?)"),
        cli.err());
  }
}
