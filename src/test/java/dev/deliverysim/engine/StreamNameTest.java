package dev.deliverysim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StreamNameTest {
  private static final List<StreamName> FIXED = List.of(StreamName.of("gates", "flakiness"));

  @Test
  void namesWithoutSlashPercentOrClashAreSpelledAsBeforeSoResultsDoNotMove() {
    assertEquals("gates/ci", StreamName.of("gates").named("ci", FIXED).text());
    assertEquals("service/review/bug", StreamName.of("service").named("review").named("bug").text());
    assertEquals("quality/detection", StreamName.of("quality", "detection").text());
  }

  @Test
  void aUserNameThatWouldSpellAFixedStreamIsMarked() {
    StreamName gate = StreamName.of("gates").named("flakiness", FIXED);
    assertNotEquals(FIXED.get(0), gate);
    assertEquals("gates/%flakiness", gate.text());
  }

  @Test
  void aSlashInAUserNameStaysInsideItsPart() {
    assertNotEquals(StreamName.of("service").named("a/b").named("c"), StreamName.of("service").named("a").named("b/c"));
    assertEquals("service/a%2Fb/c", StreamName.of("service").named("a/b").named("c").text());
  }

  @Test
  void fixedPartsAreLowerCaseWords() {
    assertThrows(IllegalArgumentException.class, () -> StreamName.of("Gates"));
    assertThrows(IllegalArgumentException.class, () -> StreamName.of("gates/ci"));
    assertThrows(IllegalArgumentException.class, () -> StreamName.of("gates").named(""));
  }

  /**
   * Injectivity: names built from different (fixed prefix, user names) never coincide, whatever
   * the user names hold — slashes, percent signs, escapes written by hand, the fixed words.
   */
  @Test
  void differentSourcesNeverShareAStreamWhateverTheNames() {
    String alphabet = "ab/%2F5fl";
    SplittableRandom random = new SplittableRandom(20_261_201L);
    Map<String, String> seen = new HashMap<>();
    List<String> prefixes = List.of("gates", "service", "routing");
    for (int i = 0; i < 20_000; i++) {
      String prefix = prefixes.get(random.nextInt(prefixes.size()));
      List<String> parts = new ArrayList<>();
      int count = 1 + random.nextInt(2);
      for (int k = 0; k < count; k++) {
        parts.add(random.nextInt(10) == 0 ? "flakiness" : word(random, alphabet));
      }
      StreamName name = StreamName.of(prefix);
      for (String part : parts) {
        name = name.named(part, FIXED);
      }
      String source = prefix + " " + parts;
      String before = seen.putIfAbsent(name.text(), source);
      if (before != null) {
        assertEquals(before, source, "two sources share stream " + name);
      }
      assertNotEquals(FIXED.get(0).text(), name.text(), source);
    }
  }

  private static String word(SplittableRandom random, String alphabet) {
    StringBuilder w = new StringBuilder();
    int length = 1 + random.nextInt(5);
    for (int i = 0; i < length; i++) {
      w.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return w.toString();
  }
}
