package dev.deliverysim.experiment.calibrate;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a Jira CSV export, row by row: each issue's Created and Resolved times (an unresolved
 * issue has no Resolved), its Issue Type and Status, its key and assignee when present. An issue
 * is a change with no size and no review: Jira gives arrivals, throughput and cycle time.
 */
public final class JiraCsvReader {
  private JiraCsvReader() {}

  public static ImportedHistory read(Reader in, String source, Pseudonyms names)
      throws IOException, CalibrationInputException {
    List<ObservedPr> items = new ArrayList<>();
    Map<String, Long> keys = new HashMap<>();
    Timestamps.Zoning zoning = new Timestamps.Zoning();
    Map<String, Integer> types = new TreeMap<>();
    try (CsvRows csv = new CsvRows(in, source)) {
      int created = csv.required("when the issue was created", "Created");
      int resolved = csv.required("when it was resolved, empty if not", "Resolved");
      csv.required("the issue's status", "Status");
      int type = csv.required("the issue's type", "Issue Type", "IssueType", "Type");
      int key = csv.column("Issue key", "Key");
      int assignee = csv.column("Assignee");
      List<String> row;
      while ((row = csv.next()) != null) {
        String id = key >= 0 ? CsvRows.field(row, key) : "line " + csv.line();
        if (key >= 0) {
          Long earlier = keys.putIfAbsent(id, csv.line());
          if (earlier != null) {
            throw new CalibrationInputException(csv.at(key) + ": issue " + id + " appears twice (first at line "
                + earlier + "); export each issue once");
          }
        }
        Instant opened = time(csv, row, created, zoning, true);
        Instant done = time(csv, row, resolved, zoning, false);
        if (done != null && done.isBefore(opened)) {
          throw new CalibrationInputException(csv.at(resolved) + ": resolved (" + done + ") before it was created ("
              + opened + ")");
        }
        types.merge(CsvRows.field(row, type).isEmpty() ? "(none)" : CsvRows.field(row, type), 1, Integer::sum);
        String who = CsvRows.field(row, assignee);
        items.add(new ObservedPr(id, who.isEmpty() ? "unassigned" : names.of(who), false, opened, null, null, done,
            false, -1, -1));
      }
    }
    if (items.isEmpty()) {
      throw new CalibrationInputException(source + ":2:1: no issues after the header");
    }
    // every type counts as a change; say which were mixed in, so a reader can filter the export
    String mix = types.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b)
        .orElse("");
    return new ImportedHistory(source, "jira", items, Map.of(), List.of(source + ": issue types, all counted as"
        + " changes: " + mix));
  }

  static Instant time(CsvRows csv, List<String> row, int column, Timestamps.Zoning zoning, boolean required)
      throws CalibrationInputException {
    String text = CsvRows.field(row, column);
    if (text.isEmpty()) {
      if (required) {
        throw new CalibrationInputException(csv.at(column) + ": missing; " + Timestamps.EXPECTED);
      }
      return null;
    }
    try {
      return Timestamps.parse(text, zoning);
    } catch (DateTimeParseException e) {
      throw new CalibrationInputException(csv.at(column) + ": " + e.getMessage() + ", received: '"
          + GitLogReader.shorten(text) + "'");
    }
  }
}
