package dev.deliverysim.experiment.calibrate;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads Jira's status-change history as a changelog CSV — one row per change: the issue's key, the
 * status it moved from and to, and when ({@code Issue key, Field, From, To, Changed}; the field
 * column is optional, and rows of other fields are skipped), in any order — into each issue's
 * trail of statuses ({@link StatusTrail}): when work started, its review, when it was done, and
 * the time it spent in each status. Each status row is kept as three small values until the end.
 */
final class JiraChangelogReader {
  static final String[] FROM = {"From", "From Status", "From String", "fromString", "Old value", "Old"};
  static final String[] TO = {"To", "To Status", "To String", "toString", "New value", "New"};

  /** One status change, as the row at {@code line} says it. */
  private record Change(String from, String to, Instant at, long line) {}

  private JiraChangelogReader() {}

  /** Whether the header is a changelog's: a column of the status moved to. */
  static boolean isChangelog(CsvRows csv) {
    return csv.column(TO) >= 0 && csv.column(FROM) >= 0;
  }

  static ImportedHistory read(CsvRows csv, String source, Pseudonyms names)
      throws IOException, CalibrationInputException {
    int key = csv.required("the issue's key", "Issue key", "Key", "Issue", "Issue id");
    int field = csv.column("Field", "Field name");
    int from = csv.column(FROM);
    int to = csv.required("the status it moved to", TO);
    int at = csv.required("when the status changed", "Changed", "Change date", "Date of change", "Changed at",
        "Date", "Timestamp", "Created");
    int created = csv.column("Issue created", "Issue Created date");
    int assignee = csv.column("Assignee");
    Map<String, List<Change>> issues = new LinkedHashMap<>();
    Map<String, Instant> createdAt = new HashMap<>();
    Map<String, String> assignees = new HashMap<>();
    Set<String> seen = new HashSet<>();
    Timestamps.Zoning zoning = new Timestamps.Zoning();
    long skipped = 0;
    List<String> row;
    while ((row = csv.next()) != null) {
      if (field >= 0 && !CsvRows.field(row, field).equalsIgnoreCase("status")) {
        skipped++;
        continue;
      }
      String id = CsvRows.field(row, key);
      String status = CsvRows.field(row, to);
      if (id.isEmpty() || status.isEmpty()) {
        throw new CalibrationInputException(csv.at(id.isEmpty() ? key : to) + ": missing value; every status change"
            + " names its issue and the status it moved to");
      }
      Instant when = JiraCsvReader.time(csv, row, at, zoning, true);
      if (!seen.add(id + "\u0000" + status + "\u0000" + when)) {
        throw new CalibrationInputException(csv.at(at) + ": duplicate row: " + id + " moved to '" + status + "' at "
            + when + " already; export each change once");
      }
      issues.computeIfAbsent(id, k -> new ArrayList<>()).add(new Change(CsvRows.field(row, from), status, when,
          csv.line()));
      if (created >= 0 && !createdAt.containsKey(id)) {
        Instant c = JiraCsvReader.time(csv, row, created, zoning, false);
        if (c != null) {
          createdAt.put(id, c);
        }
      }
      String who = CsvRows.field(row, assignee);
      if (!who.isEmpty()) {
        assignees.putIfAbsent(id, who);
      }
    }
    if (issues.isEmpty()) {
      throw new CalibrationInputException(source + ":2:1: no status changes after the header"
          + (skipped > 0 ? " (" + skipped + " rows of other fields)" : ""));
    }
    List<ObservedPr> changes = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int inconsistent = 0;
    Map<String, Integer> statuses = new TreeMap<>();
    for (Map.Entry<String, List<Change>> issue : issues.entrySet()) {
      List<Change> list = issue.getValue();
      list.sort(java.util.Comparator.comparing(Change::at).thenComparingLong(Change::line));
      List<StatusTrail.Entry> entries = new ArrayList<>();
      Instant born = createdAt.get(issue.getKey());
      Change first = list.get(0);
      if (born != null && !born.isAfter(first.at())) {
        // the status it was created in, when the data says when: its first stay has a length
        entries.add(new StatusTrail.Entry(first.from().isEmpty() ? "Created" : first.from(), born, first.line()));
      }
      String previous = null;
      for (Change c : list) {
        if (previous != null && !c.from().isEmpty() && !c.from().equalsIgnoreCase(previous)
            && ++inconsistent <= ImportedHistory.MAX_WARNINGS) {
          warnings.add(source + ":" + c.line() + ": " + issue.getKey() + " moved from '" + c.from() + "', but its"
              + " last change moved it to '" + previous + "'; a change may be missing from the export");
        }
        previous = c.to();
        entries.add(new StatusTrail.Entry(c.to(), c.at(), c.line()));
        statuses.merge(c.to(), 1, Integer::sum);
      }
      String who = assignees.get(issue.getKey());
      changes.add(StatusTrail.change(issue.getKey(), entries, who == null ? "unassigned" : names.of(who)));
    }
    if (inconsistent > ImportedHistory.MAX_WARNINGS) {
      warnings.add(source + ": " + (inconsistent - ImportedHistory.MAX_WARNINGS) + " more changes from a status the"
          + " issue was not in");
    }
    warnings.add(source + ": statuses entered, read as the model's stages: " + String.join(", ",
        statuses.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " (" + StateKind.of(e.getKey())
            .name().toLowerCase(java.util.Locale.ROOT) + ")").toList()));
    return new ImportedHistory(source, "jira", changes, Map.of(), warnings);
  }
}
