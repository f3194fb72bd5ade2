package dev.deliverysim.scenario.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invalid fixtures under {@code src/test/resources/invalid-delivery}, checked against their
 * {@code # expect:} lines at the level of the delivery section, before the section is wired into
 * the loader; the same files and lines then serve the command-line test unchanged.
 */
class InvalidDeliveryFixturesTest {
  private static final Path DIR = Path.of("src/test/resources/invalid-delivery");

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void reportsExactlyTheExpectedProblems(Path fixture) throws IOException {
    List<String> lines = Files.readAllLines(fixture);
    List<String> expected = lines.stream()
        .filter(l -> l.startsWith("# expect: "))
        .map(l -> DIR + "/" + l.substring("# expect: ".length()))
        .toList();
    assertFalse(expected.isEmpty(), fixture + " expects nothing");
    DeliveryReading reading = DeliveryReading.of(Files.readString(fixture), DIR + "/" + fixture.getFileName());
    assertEquals(expected, reading.problems(), "messages for " + fixture);
    assertNull(reading.delivery());
  }
}
