package dev.deliverysim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps {@link ValidationReport} in step with the suite, without running any simulation. */
class ValidationReportTest {

  /** A new {@code *Validation} class that the report forgot would silently drop out of the docs. */
  @Test
  void reportRunsEveryValidationClass() throws IOException, URISyntaxException {
    Path folder = Path.of(ValidationReport.class.getResource("ValidationReport.class").toURI())
        .getParent();
    Set<String> compiled;
    try (Stream<Path> files = Files.list(folder)) {
      compiled = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith("Validation.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .collect(Collectors.toSet());
    }
    Set<String> reported = ValidationReport.SUITES.stream().map(Class::getSimpleName)
        .collect(Collectors.toSet());
    assertEquals(compiled, reported);
  }

  @Test
  void everySuiteHasOrderedTests() {
    for (Class<?> suite : ValidationReport.SUITES) {
      assertFalse(ValidationReport.testsInOrder(suite).isEmpty(), suite.getSimpleName());
    }
  }

  @Test
  void numbersKeepFourSignificantDigitsWithoutExponents() {
    assertEquals(List.of("0.0001235", "1235", "9.091", "2"),
        Stream.of(0.00012345678, 1234.5, 9.0909, 2.0).map(MarkdownReport::sig).toList());
  }
}
