package dev.deliverysim.scenario.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Finding the position of a path after binding, for semantic errors. */
class PathLocatorTest {

  private final YamlNode root = YamlTreeReader.readString("""
      name: team
      stations:
        - name: review
          servers: 0
        - name: test
          service: {mean: 2h}
      """, "team.yaml", new Problems());

  /** The node at {@code path}, for other tests; fails loudly if any segment is missing. */
  static YamlNode nodeAt(YamlNode root, String path) {
    YamlNode node = root;
    for (Paths.Segment segment : Paths.parse(path)) {
      node = segment instanceof Paths.Key key
          ? ((MapNode) node).get(key.name())
          : ((ListNode) node).elements().get(((Paths.Index) segment).index());
    }
    return node;
  }

  private static Position at(int line, int column) {
    return new Position("team.yaml", line, column);
  }

  @Test
  void locatesTheValueOfAKeyPath() {
    assertEquals(at(4, 14), PathLocator.locate(root, "stations[0].servers"));
    assertEquals(at(6, 21), PathLocator.locate(root, "stations[1].service.mean"));
    assertEquals(at(5, 5), PathLocator.locate(root, "stations[1]"));
    assertEquals(at(1, 1), PathLocator.locate(root, ""));
  }

  @Test
  void fallsBackToTheDeepestExistingAncestor() {
    assertEquals(at(6, 14), PathLocator.locate(root, "stations[1].service.distribution"));
    assertEquals(at(3, 3), PathLocator.locate(root, "stations[7].name"));
    assertEquals(at(4, 14), PathLocator.locate(root, "stations[0].servers.deeper"));
  }

  @Test
  void locatesTheKeyItselfWhenAsked() {
    assertEquals(at(4, 5), PathLocator.locateKey(root, "stations[0].servers"));
    assertEquals(at(6, 14), PathLocator.locateKey(root, "stations[1].service.missing"));
  }

  @Test
  void returnsNullWithoutATree() {
    assertNull(PathLocator.locate(null, "name"));
  }
}
