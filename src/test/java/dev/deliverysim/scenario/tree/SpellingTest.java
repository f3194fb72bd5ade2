package dev.deliverysim.scenario.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** snake_case naming and did-you-mean guesses. */
class SpellingTest {

  private static final List<String> KEYS = List.of("name", "servers", "service", "max_queue");

  @Test
  void convertsCamelCaseComponentNamesToSnakeCaseKeys() {
    assertEquals("max_queue", Spelling.snakeCase("maxQueue"));
    assertEquals("p95_target", Spelling.snakeCase("p95Target"));
    assertEquals("http_url", Spelling.snakeCase("httpURL"));
    assertEquals("url_path", Spelling.snakeCase("URLPath"));
    assertEquals("name", Spelling.snakeCase("name"));
  }

  @Test
  void suggestsCloseMisspellingsCaseVariantsAndPrefixes() {
    assertEquals(Optional.of("servers"), Spelling.closest("sevrers", KEYS));
    assertEquals(Optional.of("max_queue"), Spelling.closest("maxQueue", KEYS));
    assertEquals(Optional.of("name"), Spelling.closest("Name", KEYS));
    assertEquals(Optional.of("servers"), Spelling.closest("serv", KEYS));
    assertEquals(Optional.of("max_queue"), Spelling.closest("max_queue_length", KEYS));
  }

  @Test
  void suggestsNothingForUnrelatedOrTooShortNames() {
    assertEquals(Optional.empty(), Spelling.closest("colour", KEYS));
    assertEquals(Optional.empty(), Spelling.closest("xy", List.of("ab")));
  }
}
