package dev.deliverysim.scenario.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Building and parsing {@code a.b[2].c} paths. */
class PathsTest {

  @Test
  void buildsChildAndIndexPaths() {
    assertEquals("stations", Paths.child("", "stations"));
    assertEquals("stations[2]", Paths.index("stations", 2));
    assertEquals("stations[2].servers", Paths.child("stations[2]", "servers"));
    assertEquals("[0]", Paths.index("", 0));
  }

  @Test
  void quotesKeysThatWouldNotParseBack() {
    String path = Paths.child("weights", "v1.2 \"beta\"");
    assertEquals("weights[\"v1.2 \\\"beta\\\"\"]", path);
    assertEquals(List.of(new Paths.Key("weights"), new Paths.Key("v1.2 \"beta\"")), Paths.parse(path));
  }

  @Test
  void parsesKeysAndIndices() {
    assertEquals(List.of(new Paths.Key("stations"), new Paths.Index(12), new Paths.Key("service"),
        new Paths.Key("mean")), Paths.parse("stations[12].service.mean"));
    assertEquals(List.of(), Paths.parse(""));
    assertEquals(List.of(new Paths.Index(0), new Paths.Index(1)), Paths.parse("[0][1]"));
    assertEquals("a.b[3].c", Paths.format(Paths.parse("a.b[3].c")));
  }

  @Test
  void rejectsMalformedPathsNamingTheColumn() {
    assertMalformed("a..b", "malformed path 'a..b': expected a key but found '.' at column 3");
    assertMalformed(".a", "malformed path '.a': a path cannot start with '.' at column 1");
    assertMalformed("a.", "malformed path 'a.': expected a key but found the end at column 3");
    assertMalformed("a[]", "malformed path 'a[]': expected a list index (0, 1, 2, ...), an item's name or '+'"
        + " in brackets, found '' at column 3");
    assertMalformed("a[-1]", "malformed path 'a[-1]': expected a list index (0, 1, 2, ...), an item's name or '+'"
        + " in brackets, found '-1' at column 3");
    assertMalformed("a[1", "malformed path 'a[1': '[' without a closing ']' at column 2");
    assertMalformed("a[1]b", "malformed path 'a[1]b': expected '.' or '[' before 'b' at column 5");
    assertMalformed("a b", "malformed path 'a b': expected '.' or '[' before ' ' at column 2");
  }

  private static void assertMalformed(String path, String message) {
    Paths.MalformedPathException e =
        assertThrows(Paths.MalformedPathException.class, () -> Paths.parse(path));
    assertEquals(message, e.getMessage());
  }
}
