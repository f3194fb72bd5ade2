package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Behaviour is preserved through refactoring: every shipped scenario's {@code summary.csv} and the
 * AI story's {@code comparison.csv} are byte-identical to the references kept beside the tests.
 *
 * <p>A change that is meant to move a number regenerates the reference in the same commit and
 * says which number moved and why: {@code ./deliverysim run scenarios/NAME.yaml --numbers-only
 * --out /tmp/x && cp /tmp/x/summary.csv src/test/resources/reference/summary/NAME.csv}, and for
 * the story the README's main command with {@code --out results/reference/ai-story}.
 */
class ReferenceResultsTest {
  private static final Path REFERENCES = Path.of("src/test/resources/reference/summary");

  @TempDir Path out;

  static Stream<Path> shipped() {
    return ShippedScenariosTest.shipped();
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void summaryIsByteIdenticalToItsReference(Path scenario) throws IOException {
    String name = scenario.getFileName().toString().replace(".yaml", "");
    Cli run = Cli.run("run", scenario.toString(), "--numbers-only", "--quiet", "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertArrayEquals(Files.readAllBytes(REFERENCES.resolve(name + ".csv")),
        Files.readAllBytes(out.resolve("summary.csv")), "summary.csv of " + scenario + " moved");
  }

  @Test
  void aiStoryComparisonIsByteIdenticalToItsReference() throws IOException {
    Cli compare = Cli.run("compare", "scenarios/baseline.yaml", "scenarios/ai-adoption.yaml",
        "scenarios/ai-add-reviewers.yaml", "scenarios/ai-tiered-review.yaml", "scenarios/ai-small-prs.yaml",
        "--quiet", "--out", out.toString());
    assertEquals(0, compare.exit(), compare.err());
    assertArrayEquals(Files.readAllBytes(Path.of("results/reference/ai-story/comparison.csv")),
        Files.readAllBytes(out.resolve("comparison.csv")), "the AI story's comparison.csv moved");
  }
}
