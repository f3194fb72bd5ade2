package dev.deliverysim.scenario.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pins the positions Jackson's YAML parser gives us, and the reader's own errors. */
class YamlTreeReaderTest {

  private final Problems problems = new Problems();

  private YamlNode read(String yaml) {
    return YamlTreeReader.readString(yaml, "t.yaml", problems);
  }

  private static Position at(int line, int column) {
    return new Position("t.yaml", line, column);
  }

  @Test
  void positionsAreOneBasedForKeysAndValuesInBlockAndFlowStyle() {
    MapNode root = (MapNode) read("""
        name: team
        run: {seed: 42, replications: 20}
        stations:
          - name: review
            servers: 2
          -   name: test
        """);
    assertEquals(at(1, 1), root.position());
    assertEquals(at(1, 1), root.entries().get("name").keyPosition());
    assertEquals(at(1, 7), root.get("name").position());

    MapNode run = (MapNode) root.get("run");
    assertEquals(at(2, 6), run.position());
    assertEquals(at(2, 7), run.entries().get("seed").keyPosition());
    assertEquals(at(2, 13), run.get("seed").position());
    assertEquals(at(2, 17), run.entries().get("replications").keyPosition());
    assertEquals(at(2, 31), run.get("replications").position());

    ListNode stations = (ListNode) root.get("stations");
    assertEquals(at(4, 3), stations.position());
    MapNode review = (MapNode) stations.elements().get(0);
    assertEquals(at(4, 5), review.position());
    assertEquals(at(5, 5), review.entries().get("servers").keyPosition());
    assertEquals(at(5, 14), review.get("servers").position());
    assertEquals(at(6, 7), stations.elements().get(1).position());
    assertFalse(problems.hasErrors());
  }

  @Test
  void positionsInFlowListsAndUnindentedBlockLists() {
    MapNode root = (MapNode) read("a: [1, [2, x]]\nb:\n- 3\n- {c: 4}\n");
    ListNode a = (ListNode) root.get("a");
    assertEquals(at(1, 4), a.position());
    assertEquals(at(1, 5), a.elements().get(0).position());
    ListNode inner = (ListNode) a.elements().get(1);
    assertEquals(at(1, 8), inner.position());
    assertEquals(at(1, 12), inner.elements().get(1).position());
    ListNode b = (ListNode) root.get("b");
    assertEquals(at(3, 1), b.position());
    assertEquals(at(3, 3), b.elements().get(0).position());
    MapNode c = (MapNode) b.elements().get(1);
    assertEquals(at(4, 3), c.position());
    assertEquals(at(4, 4), c.entries().get("c").keyPosition());
    assertEquals(at(4, 7), c.get("c").position());
  }

  @Test
  void keepsRawTextAndTellsYamlNullFromTheQuotedWordNull() {
    MapNode root = (MapNode) read("a: ~\nb: null\nc:\nd: 'null'\ne: 1.50\nf: \"7\"\ng: yes\nh: 1_000\n");
    assertEquals(ScalarNode.Kind.NULL, ((ScalarNode) root.get("a")).kind());
    assertEquals(ScalarNode.Kind.NULL, ((ScalarNode) root.get("b")).kind());
    assertEquals(ScalarNode.Kind.NULL, ((ScalarNode) root.get("c")).kind());
    assertEquals(new ScalarNode(at(4, 4), "null", ScalarNode.Kind.STRING), root.get("d"));
    assertEquals(new ScalarNode(at(5, 4), "1.50", ScalarNode.Kind.FLOAT), root.get("e"));
    assertEquals(new ScalarNode(at(6, 4), "7", ScalarNode.Kind.STRING), root.get("f"));
    assertEquals(new ScalarNode(at(7, 4), "yes", ScalarNode.Kind.BOOLEAN), root.get("g"));
    assertEquals(new ScalarNode(at(8, 4), "1_000", ScalarNode.Kind.INTEGER), root.get("h"));
    assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h"), List.copyOf(root.entries().keySet()));
  }

  @Test
  void reportsDuplicateKeyAtTheSecondKeyAndKeepsTheFirstValue() {
    MapNode root = (MapNode) read("run:\n  seed: 1\n  replications: 5\n  seed: 2\n");
    assertEquals("t.yaml:4:3: error: run.seed: duplicate key 'seed' (first at line 2)", problems.format());
    assertEquals("1", ((ScalarNode) ((MapNode) root.get("run")).get("seed")).text());
  }

  @Test
  void reportsSyntaxErrorAtTheProblemNotWhereJacksonSaysWithTheContext() {
    assertNull(read("name: team\ndescription: 'unterminated\n"));
    assertEquals("t.yaml:3:1: error: YAML syntax error: found unexpected end of stream"
        + " (while scanning a quoted scalar that starts at line 2, column 14)", problems.format());
  }

  @Test
  void reportsBadIndentationAtTheOffendingKey() {
    assertNull(read("run:\n  seed: 1\n replications: 2\n"));
    assertEquals("t.yaml:3:2: error: YAML syntax error: expected <block end>, but found"
        + " '<block mapping start>' (while parsing a block mapping that starts at line 1, column 1)",
        problems.format());
  }

  @Test
  void reportsMappingValueInsidePlainScalar() {
    assertNull(read("name: a: b\n"));
    assertEquals("t.yaml:1:8: error: YAML syntax error: mapping values are not allowed here",
        problems.format());
  }

  @Test
  void reportsSecondDocumentAtItsSeparatorAndKeepsTheFirst() {
    MapNode root = (MapNode) read("a: 1\n---\nb: 2\n");
    assertEquals("t.yaml:2:1: error: a scenario file must hold one YAML document;"
        + " remove this '---' or split the file", problems.format());
    assertEquals(List.of("a"), List.copyOf(root.entries().keySet()));
  }

  @Test
  void acceptsALeadingDocumentMarker() {
    MapNode root = (MapNode) read("---\na: 1\n");
    assertEquals(at(2, 4), root.get("a").position());
    assertFalse(problems.hasErrors());
  }

  @Test
  void rejectsAliasesInsteadOfBindingTheAnchorName() {
    read("base: &b {x: 1}\nother: *b\n");
    assertEquals("t.yaml:2:8: error: other: YAML aliases (*b) are not supported;"
        + " repeat the value or use 'extends:'", problems.format());
  }

  @Test
  void readsAnEmptyDocumentAsNull() {
    ScalarNode root = assertInstanceOf(ScalarNode.class, read("# nothing yet\n"));
    assertEquals(ScalarNode.nullAt(at(1, 1)), root);
  }

  @Test
  void shiftsFirstLineColumnsForTextTakenFromTheMiddleOfALine() {
    Problems local = new Problems();
    ListNode list = (ListNode) YamlTreeReader.readString("[1, 2]", "--set", 10, local);
    assertEquals(new Position("--set", 1, 15), list.elements().get(1).position());
    assertNull(YamlTreeReader.readString("[1, 2", "--set", 10, local));
    assertEquals("--set:1:16: error: YAML syntax error: expected ',' or ']', but got <stream end>"
        + " (while parsing a flow sequence that starts at line 1, column 11)", local.format());
  }

  @Test
  void readsFilesAndReportsMissingOnes(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("team.yaml"), "\uFEFFname: team\n");
    MapNode root = (MapNode) YamlTreeReader.read(dir.resolve("team.yaml"), "team.yaml", problems);
    assertEquals(new Position("team.yaml", 1, 7), root.get("name").position());
    assertNull(YamlTreeReader.read(dir.resolve("nope.yaml"), "nope.yaml", problems));
    assertEquals("nope.yaml:1:1: error: cannot read file: no such file", problems.format());
  }
}
