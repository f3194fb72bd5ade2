package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invalid fixture under {@code src/test/resources/invalid} and {@code invalid-delivery} lists the exact messages it must
 * produce in {@code # expect:} lines; both {@code validate} and {@code run} must print exactly
 * those, in that order, exit with 2 and show no stack trace.
 */
class InvalidScenarioTest {
  private static final List<Path> DIRS =
      List.of(Path.of("src/test/resources/invalid"), Path.of("src/test/resources/invalid-delivery"));

  static Stream<Path> fixtures() throws IOException {
    List<Path> all = new java.util.ArrayList<>();
    for (Path dir : DIRS) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void validateReportsExactlyTheExpectedProblems(Path fixture) throws IOException {
    assertReportsExpected(fixture, Cli.run("validate", fixture.toString()));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void runRefusesWithTheSameProblems(Path fixture) throws IOException {
    assertReportsExpected(fixture, Cli.run("run", fixture.toString(), "--out", "target/never-written"));
    assertFalse(Files.exists(Path.of("target/never-written/manifest.json")));
  }

  private static void assertReportsExpected(Path fixture, Cli cli) throws IOException {
    List<String> expected =
        Files.readAllLines(fixture).stream()
            .filter(l -> l.startsWith("# expect: "))
            .map(l -> fixture.getParent() + "/" + l.substring("# expect: ".length()))
            .toList();
    List<String> printed = cli.err().lines().toList();
    assertEquals(2, cli.exit(), "exit code for " + fixture + "\n" + cli.err());
    assertEquals(expected, printed, "messages for " + fixture);
    assertFalse(cli.printedStackTrace(), cli.err());
  }
}
