package dev.deliverysim.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jira's status-change history: a changelog CSV, or a column per status, made into time in each state. */
class JiraStatusHistoryTest {
  private static final Path FIXTURES = HistoryImportTest.FIXTURES;
  /** One issue: coded, reviewed, sent back, reviewed again, tested, done — Monday to Wednesday. */
  private static final String ONE_ISSUE = """
      Issue key,Field,From,To,Created
      DEV-1,status,To Do,In Progress,2026-09-07T08:00:00Z
      DEV-1,assignee,Ana,Ben,2026-09-07T09:00:00Z
      DEV-1,status,In Progress,In Review,2026-09-07T14:00:00Z
      DEV-1,status,In Review,In Progress,2026-09-08T08:00:00Z
      DEV-1,status,In Progress,In Review,2026-09-08T11:00:00Z
      DEV-1,status,QA,Done,2026-09-09T14:00:00Z
      DEV-1,status,In Review,QA,2026-09-09T08:00:00Z
      """;

  @TempDir Path dir;

  private Path file(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void aChangelogGivesTheTimeInEachStatusSummedOverItsStays() throws Exception {
    ImportedHistory h = HistoryImportTest.read(file("changes.csv", ONE_ISSUE));
    assertEquals("jira", h.format());
    ObservedPr issue = h.changes().get(0);
    assertEquals(Instant.parse("2026-09-07T08:00:00Z"), issue.opened(), "cycle time starts in progress");
    assertEquals(Instant.parse("2026-09-09T14:00:00Z"), issue.finished());
    assertEquals(2, issue.reviewRounds(), "in review twice");
    assertEquals(List.of("In Progress", "In Review", "In Progress", "In Review", "QA"),
        issue.visits().stream().map(StateVisit::state).toList(), "rows in any order, the assignee row skipped");
    Calibration c = Calibration.of(h, Window.spanning(issue.finished(), issue.finished()), 8);
    Map<String, Double> hours = c.states().stream().collect(Collectors.toMap(StateTime::state, StateTime::meanHours));
    // at 8 working hours a weekday, an elapsed hour counts a third: 6 h + 3 h in progress, 18 h + 21 h in review, 6 h in QA
    assertEquals(3, hours.get("In Progress"), 1e-9);
    assertEquals(13, hours.get("In Review"), 1e-9);
    assertEquals(2, hours.get("QA"), 1e-9);
    assertEquals(StateKind.GATE, c.states().get(2).kind());
    assertEquals(18, c.cycleHours(0.5), 1e-9, "Monday 08:00 to Wednesday 14:00");
  }

  @Test
  void theChangelogFixtureFitsEachStatusAndMakesQaAGate() throws Exception {
    ImportedHistory h = HistoryImportTest.read(FIXTURES.resolve("jira-changelog.csv"));
    assertEquals(42, h.changes().size());
    assertEquals(3, h.changes().stream().filter(c -> c.finished() == null).count(), "three still in QA");
    assertTrue(h.changes().stream().anyMatch(c -> c.reviewRounds() == 2), "some sent back from review");
    Calibration c = Calibration.of(h, Window.spanning(Instant.parse("2026-07-06T00:00:00Z"),
        Instant.parse("2026-09-06T00:00:00Z")), 8);
    assertEquals(List.of("In Progress", "In Review", "QA"), c.states().stream().map(StateTime::state).toList());
    StateTime qa = c.states().get(2);
    assertEquals(39, qa.items(), "every done issue left QA; the three still there are censored");
    assertEquals(qa.meanHours(), qa.fit().mean(), 1e-6 * qa.meanHours(), "a law fitted to the same mean");
    String yaml = FittedScenario.yaml(c, "payments");
    assertTrue(yaml.contains("  gates:\n    - name: qa "), yaml);
    assertTrue(yaml.contains("task_effort: {") && yaml.contains("# fitted: time in the coding statuses ('In Progress')"),
        yaml);
    ScenarioLoader.loadString(yaml, "payments.yaml", List.of()); // a scenario that validates
  }

  @Test
  void aColumnPerStatusGivesTheSameStagesWithoutRounds() throws Exception {
    ImportedHistory h = HistoryImportTest.read(FIXTURES.resolve("jira-entered.csv"));
    assertEquals(42, h.changes().size());
    ObservedPr first = h.changes().get(0);
    assertEquals(-1, first.reviewRounds(), "one column per status cannot say how often review was entered");
    assertEquals(List.of("Created", "In Progress", "In Review", "QA"),
        first.visits().stream().map(StateVisit::state).toList());
    ObservedPr inQa = h.changes().stream().filter(c -> c.id().equals("PAY-107")).findFirst().orElseThrow();
    assertNull(inQa.finished(), "no Done, no Resolved: not finished");
  }

  @Test
  void statusNamesMapToTheModelsStages() {
    assertEquals(StateKind.CODING, StateKind.of("In Progress"));
    assertEquals(StateKind.CODING, StateKind.of("Development"));
    assertEquals(StateKind.REVIEW, StateKind.of("Code Review"));
    assertEquals(StateKind.GATE, StateKind.of("Ready for QA"));
    assertEquals(StateKind.GATE, StateKind.of("UAT"));
    assertEquals(StateKind.DONE, StateKind.of("Closed"));
    assertEquals(StateKind.WAITING, StateKind.of("Selected for Development"), "Jira's default queue, not coding");
    assertEquals(StateKind.WAITING, StateKind.of("Backlog"));
    assertEquals(StateKind.WAITING, StateKind.of("Blocked"));
  }

  @Test
  void badRowsAreLocated() throws Exception {
    String noTo = assertThrows(CalibrationInputException.class, () -> HistoryImportTest.read(file("c.csv",
        "Issue key,From,To,Changed\nA-1,To Do,In Progress,2026-09-07T08:00:00Z\nA-1,In Progress,,2026-09-07T09:00:00Z\n")))
        .getMessage();
    assertTrue(noTo.endsWith("c.csv:3: column 'To': missing value; every status change names its issue and the status"
        + " it moved to"), noTo);
    String badDate = assertThrows(CalibrationInputException.class, () -> HistoryImportTest.read(file("c.csv",
        "Issue key,From,To,Changed\nA-1,To Do,In Progress,last week\n"))).getMessage();
    assertTrue(badDate.endsWith("c.csv:2: column 'Changed': " + Timestamps.EXPECTED + ", received: 'last week'"),
        badDate);
    String dup = assertThrows(CalibrationInputException.class, () -> HistoryImportTest.read(file("c.csv",
        "Issue key,From,To,Changed\nA-1,To Do,QA,2026-09-07T08:00:00Z\nA-1,To Do,QA,2026-09-07T08:00:00Z\n")))
        .getMessage();
    assertTrue(dup.contains("c.csv:3: column 'Changed': duplicate row: A-1 moved to 'QA'"), dup);
    String key = assertThrows(CalibrationInputException.class, () -> HistoryImportTest.read(file("c.csv",
        "Isue key,From,To,Changed\nA-1,To Do,QA,2026-09-07T08:00:00Z\n"))).getMessage();
    assertTrue(key.contains("c.csv:1:1: missing column 'Issue key' (the issue's key); did you mean 'Isue key'?"), key);
    String before = assertThrows(CalibrationInputException.class, () -> HistoryImportTest.read(file("e.csv",
        "Issue key,Issue Type,Status,Created,Resolved,Entered In Progress\n"
            + "A-1,Bug,Done,2026-09-07T08:00:00Z,,2026-09-06T08:00:00Z\n"))).getMessage();
    assertTrue(before.contains("e.csv:2: column 'Entered In Progress': entered (2026-09-06T08:00:00Z) before the issue"
        + " was created"), before);
    ImportedHistory gap = HistoryImportTest.read(file("c.csv", "Issue key,From,To,Changed\n"
        + "A-1,To Do,In Progress,2026-09-07T08:00:00Z\nA-1,QA,Done,2026-09-08T08:00:00Z\n"));
    assertTrue(gap.warnings().get(0).endsWith("c.csv:3: A-1 moved from 'QA', but its last change moved it to"
        + " 'In Progress'; a change may be missing from the export"), gap.warnings().toString());
  }
}
