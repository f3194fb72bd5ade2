package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} as a user runs it: one table per variant, a tidy CSV, problems located. */
class CompareCommandTest {
  @TempDir Path tmp;

  private Cli compare(Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("compare", "scenarios/baseline.yaml",
        "scenarios/ai-adoption.yaml", "scenarios/ai-small-prs.yaml", "--replications", "6", "--out", out.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void writesAPairedComparisonPerVariantAndPrintsTheHeadline() throws IOException {
    Cli cli = compare(tmp);
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().contains("ai-adoption vs baseline"), cli.out());
    assertTrue(cli.out().contains("ai-small-prs vs baseline"), cli.out());
    assertTrue(cli.out().contains("time in review, median (weeks)"), cli.out());
    assertFalse(cli.out().contains("review_time_p50"), "the table shows labels, not machine names");
    List<String> lines = Files.readAllLines(tmp.resolve("comparison.csv"));
    assertTrue(lines.get(0).startsWith("base,variant,metric,station,class,unit,n,base_mean,variant_mean,difference,"));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("baseline,ai-adoption,features_delivered,,,1/w,6,")));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("baseline,ai-small-prs,")));
    assertTrue(Files.exists(tmp.resolve("manifest.json")));
    assertTrue(Files.size(tmp.resolve("hours.png")) > 1000, "where the hours go, drawn");
    assertTrue(Files.size(tmp.resolve("hours.svg")) > 1000);
    assertTrue(Files.size(tmp.resolve("forest.png")) > 1000, "the forest plot, drawn");
    String report = Files.readString(tmp.resolve("report.html"));
    assertEquals(3, report.split("src=\"data:image/png;base64,", -1).length - 1, "forest, change over time and hours, inline");
    assertTrue(report.contains("ai-adoption against baseline: "), report);
    assertTrue(cli.out().startsWith("ai-adoption against baseline: "), "the answer comes first: " + cli.out());
    // what each variant changes: ai-small-prs sets the PR size the base does not
    assertTrue(report.contains("<td>AI PR size (× without AI) — delivery.ai.pr_size</td>"), report);
  }

  @Test
  void theComparisonIsByteIdenticalOnOneThreadAndOnMany() throws IOException {
    assertEquals(0, compare(tmp.resolve("one"), "--threads", "1").exit());
    assertEquals(0, compare(tmp.resolve("two"), "--threads", "2").exit());
    for (String file : List.of("comparison.csv", "forest.png", "forest.svg", "hours.png", "hours.svg")) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(file)),
          Files.readAllBytes(tmp.resolve("two").resolve(file)), file);
    }
  }

  @Test
  void warnsWhenAVariantIsMeasuredOverAnotherWindow() {
    Cli cli = Cli.run("compare", "scenarios/baseline.yaml", "scenarios/ai-jcurve.yaml",
        "--replications", "3", "--out", tmp.toString());
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.err().contains("warning: ai-jcurve is measured over another window than baseline"), cli.err());
    assertEquals("", compare(tmp.resolve("same")).err(), "same windows: no warning");
  }

  @Test
  void anUnknownMetricIsRefusedWithASuggestion() {
    Cli cli = compare(tmp, "--metrics", "features_delivred");
    assertEquals(2, cli.exit());
    assertEquals("deliverysim compare: --metrics: unknown metric 'features_delivred' (did you mean "
        + "'features_delivered'?)", cli.err().strip());
  }

  @Test
  void anOutputPathThatIsAFileIsBadInput() throws IOException {
    Path file = Files.writeString(tmp.resolve("taken.txt"), "x");
    Cli cli = Cli.run("run", "scenarios/mm1.yaml", "--replications", "2", "--out", file.toString());
    assertEquals(2, cli.exit());
    assertTrue(cli.err().contains("is a file; expected a folder"), cli.err());
    assertFalse(cli.printedStackTrace());
  }

  @Test
  void aBrokenVariantIsReportedWithItsPositionAndNothingRuns() {
    Cli cli = Cli.run("compare", "scenarios/baseline.yaml", "src/test/resources/invalid/unknown-key.yaml",
        "--out", tmp.toString());
    assertEquals(2, cli.exit());
    assertEquals("src/test/resources/invalid/unknown-key.yaml:8:5: error: stations[0].sevrers: "
        + "unknown field (did you mean 'servers'?)", cli.err().strip());
    assertFalse(Files.exists(tmp.resolve("comparison.csv")));
  }

  @Test
  void aVariantMadeByOverridesIsTheVariantFileWithTheSameChange() throws IOException {
    Path fromFile = tmp.resolve("file");
    Path fromSet = tmp.resolve("set");
    Cli file = Cli.run("compare", "scenarios/small-team.yaml", "scenarios/small-team-hire.yaml",
        "--replications", "6", "--quiet", "--out", fromFile.toString());
    Cli set = Cli.run("compare", "scenarios/small-team.yaml", "--set-variant",
        "small-team-hire:delivery.teams[devs].headcount=7", "--replications", "6", "--out", fromSet.toString());
    assertEquals(0, file.exit(), file.err());
    assertEquals(0, set.exit(), set.err());
    assertTrue(set.out().contains("small-team-hire vs small-team"), set.out());
    assertArrayEquals(Files.readAllBytes(fromFile.resolve("comparison.csv")),
        Files.readAllBytes(fromSet.resolve("comparison.csv")), "same seeds, same change, same numbers");
    assertFalse(set.err().contains("replaced"), "a new folder replaces nothing");

    Cli again = Cli.run("compare", "scenarios/small-team.yaml", "--set-variant",
        "small-team-hire:delivery.teams[devs].headcount=7", "--replications", "6", "--quiet", "--out", fromSet.toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.err().contains("replaced the earlier results in " + fromSet), "never silently: " + again.err());
  }

  @Test
  void aMalformedOrClashingSetVariantIsBadInputAndNothingRuns() {
    Cli malformed = Cli.run("compare", "scenarios/small-team.yaml", "--set-variant", "hire=7",
        "--out", tmp.toString());
    assertEquals(2, malformed.exit());
    assertTrue(malformed.err().contains("--set-variant: 'hire=7': expected NAME:PATH=VALUE"), malformed.err());
    Cli clash = Cli.run("compare", "scenarios/small-team.yaml", "scenarios/small-team-hire.yaml", "--set-variant",
        "small-team-hire:delivery.teams[devs].headcount=8", "--out", tmp.toString());
    assertEquals(2, clash.exit());
    assertTrue(clash.err().contains("two variants are named 'small-team-hire'"), clash.err());
    Cli none = Cli.run("compare", "scenarios/small-team.yaml", "--out", tmp.toString());
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("nothing to compare with"), none.err());
    assertFalse(Files.exists(tmp.resolve("comparison.csv")), "nothing ran");
  }

  @Test
  void theDefaultFolderIsNamedAfterTheWholeComparison() throws Exception {
    List<dev.deliverysim.scenario.LoadedScenario> loaded = new java.util.ArrayList<>();
    for (String f : List.of("scenarios/baseline.yaml", "scenarios/ai-adoption.yaml", "scenarios/ai-small-prs.yaml")) {
      loaded.add(dev.deliverysim.scenario.ScenarioLoader.load(Path.of(f), List.of()));
    }
    assertEquals(Path.of("results", "compare-baseline-vs-ai-adoption+ai-small-prs"),
        dev.deliverysim.study.CompareStudy.defaultFolder(loaded));
    assertEquals(Path.of("results", "compare-baseline-vs-ai-adoption"),
        dev.deliverysim.study.CompareStudy.defaultFolder(loaded.subList(0, 2)));
  }
}
