package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario shipped in {@code scenarios/} validates cleanly and runs, as the README says. */
class ShippedScenariosTest {
  @TempDir Path out;

  static Stream<Path> shipped() {
    try (Stream<Path> files = Files.walk(Path.of("scenarios"), 2)) { // the games sit in scenarios/games
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void validatesWithoutProblemsAndRuns(Path scenario) {
    Cli validate = Cli.run("validate", scenario.toString());
    assertEquals(0, validate.exit(), validate.err());
    assertEquals("", validate.err(), "no warnings for a shipped scenario");
    // an even number: a scenario with uncertain inputs runs whole draws of two replications
    Cli run = Cli.run("run", scenario.toString(), "--replications", "2", "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(Files.exists(out.resolve("manifest.json")));
  }
}
