package dev.deliverysim.scenario.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends:} chains, relative paths, cycles and missing bases. */
class InheritanceResolverTest {

  @TempDir Path dir;

  private final Problems problems = new Problems();

  private Path write(String name, String yaml) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void resolvesAChainRelativeToEachExtendingFile() throws IOException {
    write("scenarios/root.yaml", "name: root\nrun: {seed: 7, replications: 10}\n");
    write("scenarios/common/base.yaml", "extends: ../root.yaml\nrun: {replications: 20}\ntags: [base]\n");
    Path team = write("scenarios/team.yaml", "name: team\nextends: common/base.yaml\nrun: {seed: 8}\n");

    MapNode resolved = (MapNode) InheritanceResolver.resolve(team, "scenarios/team.yaml", problems);

    assertFalse(problems.hasErrors(), problems::format);
    assertEquals(Map.of("name", "team", "run", Map.of("seed", "8", "replications", "20"),
        "tags", List.of("base")), TreeEditsMergeTest.plain(resolved));
    MapNode run = (MapNode) resolved.get("run");
    assertEquals(new Position("scenarios/common/base.yaml", 2, 21), run.get("replications").position());
    assertEquals(new Position("scenarios/team.yaml", 3, 13), run.get("seed").position());
  }

  @Test
  void reportsACycleAtTheExtendsValueNamingTheChain() throws IOException {
    Path a = write("a.yaml", "extends: b.yaml\nname: a\n");
    write("b.yaml", "name: b\nextends: a.yaml\n");
    assertNull(InheritanceResolver.resolve(a, "a.yaml", problems));
    assertEquals("b.yaml:2:10: error: extends: inheritance cycle: a.yaml → b.yaml → a.yaml",
        problems.format());
  }

  @Test
  void reportsAFileThatExtendsItself() throws IOException {
    Path a = write("a.yaml", "name: a\nextends: ./a.yaml\n");
    assertNull(InheritanceResolver.resolve(a, "a.yaml", problems));
    assertEquals("a.yaml:2:10: error: extends: inheritance cycle: a.yaml → a.yaml", problems.format());
  }

  @Test
  void reportsAMissingBaseAtTheExtendsValue() throws IOException {
    Path team = write("team.yaml", "name: team\nextends:  bsae.yaml\n");
    assertNull(InheritanceResolver.resolve(team, "team.yaml", problems));
    assertEquals("team.yaml:2:11: error: extends: base scenario 'bsae.yaml' does not exist",
        problems.format());
  }

  @Test
  void reportsSyntaxErrorsInsideTheBaseFile() throws IOException {
    write("base.yaml", "run:\n  seed: 1\n replications: 2\n");
    Path team = write("team.yaml", "extends: base.yaml\n");
    assertNull(InheritanceResolver.resolve(team, "team.yaml", problems));
    assertEquals("base.yaml:3:2: error: YAML syntax error: expected <block end>, but found"
        + " '<block mapping start>' (while parsing a block mapping that starts at line 1, column 1)",
        problems.format());
  }

  @Test
  void reportsAnExtendsValueThatIsNotAFileName() throws IOException {
    Path team = write("team.yaml", "extends: [a.yaml, b.yaml]\n");
    assertNull(InheritanceResolver.resolve(team, "team.yaml", problems));
    assertEquals("team.yaml:1:10: error: extends: expected the file name of a base scenario,"
        + " received: a list", problems.format());
  }

  @Test
  void returnsAFileWithoutExtendsAsRead() throws IOException {
    Path team = write("team.yaml", "name: team\n");
    assertEquals(Map.of("name", "team"),
        TreeEditsMergeTest.plain(InheritanceResolver.resolve(team, "team.yaml", problems)));
  }
}
