package dev.deliverysim.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering of docs/design.md true: engine ← model ← scenario ← experiment ← report ←
 * study ← web ← cli. A package imports only packages to its left, so data flows one way. web serves
 * the workshop page and never reaches the command line; cli's {@code serve} only parses its options
 * and starts web's server.
 */
class PackageRulesTest {
  private static final List<String> LAYERS =
      List.of("engine", "model", "scenario", "experiment", "report", "study", "web", "cli");
  private static final Path MAIN = Path.of("src/main/java/dev/deliverysim");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.deliverysim\\.(\\w+)");

  @Test
  void everyPackageImportsOnlyPackagesToItsLeft() throws IOException {
    List<String> violations = new ArrayList<>();
    int files = 0;
    try (Stream<Path> sources = Files.walk(MAIN)) {
      for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        files++;
        String layer = MAIN.relativize(file).getName(0).toString();
        int own = rank(layer);
        assertTrue(own >= 0, "unknown top-level package " + layer + " (" + file + ")");
        for (String line : Files.readAllLines(file)) {
          Matcher m = IMPORT.matcher(line);
          if (m.find() && (rank(m.group(1)) > own || rank(m.group(1)) == own && !m.group(1).equals(layer))) {
            violations.add(file + ": " + line);
          }
        }
      }
    }
    assertTrue(files > 50, "scanned the sources");
    assertEquals(List.of(), violations);
  }

  private static int rank(String layer) {
    return LAYERS.indexOf(layer);
  }

  @Test
  void theEngineKnowsNothingOfTheDomain() throws IOException {
    List<String> words = List.of("review", "developer", "feature", "sprint", "defect");
    try (Stream<Path> sources = Files.walk(MAIN.resolve("engine"))) {
      for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = Files.readString(file).toLowerCase(java.util.Locale.ROOT);
        for (String word : words) {
          assertTrue(!code.contains(word), file + " mentions '" + word + "'");
        }
      }
    }
  }
}
