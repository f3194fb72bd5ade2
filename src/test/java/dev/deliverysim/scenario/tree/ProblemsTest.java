package dev.deliverysim.scenario.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiler-style output format and ordering of problems. */
class ProblemsTest {

  @Test
  void formatsCompilerStyleWithPathAndSeverity() {
    Problems problems = new Problems();
    problems.error(new Position("team.yaml", 9, 5), "stations[0].sevrers", "unknown field");
    problems.warning(new Position("team.yaml", 2, 3), "run.seed", "no seed; results will vary");
    problems.error(new Position("team.yaml", 1, 1), "", "cannot read file: no such file");
    assertEquals("""
        team.yaml:1:1: error: cannot read file: no such file
        team.yaml:2:3: warning: run.seed: no seed; results will vary
        team.yaml:9:5: error: stations[0].sevrers: unknown field""", problems.format());
    assertTrue(problems.hasErrors());
    assertEquals(2, problems.errorCount());
  }

  @Test
  void sortsBySourceLineThenColumnAndKeepsFoundOrderForTies() {
    Problems problems = new Problems();
    problems.error(new Position("b.yaml", 1, 1), "", "b");
    problems.error(new Position("a.yaml", 10, 2), "", "a10");
    problems.error(new Position("a.yaml", 2, 30), "", "a2-second");
    problems.error(new Position("a.yaml", 2, 7), "", "a2-first");
    problems.error(new Position("a.yaml", 2, 30), "", "a2-second-tie");
    List<String> messages = problems.sorted().stream().map(Problem::message).toList();
    assertEquals(List.of("a2-first", "a2-second", "a2-second-tie", "a10", "b"), messages);
    assertEquals("b", problems.all().get(0).message());
  }

  @Test
  void warningsAloneAreNotErrors() {
    Problems problems = new Problems();
    problems.warning(new Position("x.yaml", 1, 1), "", "meh");
    assertFalse(problems.hasErrors());
    assertFalse(problems.isEmpty());
  }

  @Test
  void positionPrintsAsSourceLineColumnAndRejectsZeroBasedValues() {
    assertEquals("--set:1:21", new Position("--set", 1, 21).toString());
    assertThrows(IllegalArgumentException.class, () -> new Position("x.yaml", 0, 1));
  }
}
