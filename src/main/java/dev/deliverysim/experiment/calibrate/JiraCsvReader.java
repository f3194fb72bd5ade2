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
 * is a change with no size: Jira gives arrivals, throughput and cycle time — and, with its status
 * history, the time in each status: columns per status ({@code Entered In Progress}, when the
 * issue entered it) read here, or a changelog CSV, one row per change ({@link JiraChangelogReader}).
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
      if (JiraChangelogReader.isChangelog(csv)) {
        return JiraChangelogReader.read(csv, source, names);
      }
      Map<Integer, String> entered = enteredColumns(csv.header());
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
        String author = who.isEmpty() ? "unassigned" : names.of(who);
        items.add(entered.isEmpty() ? new ObservedPr(id, author, false, opened, null, null, done, false, -1, -1)
            : trail(csv, row, id, author, opened, done, entered, zoning));
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

  /**
   * Columns per status, {@code Entered In Progress} or {@code Date entered QA}: when the issue
   * entered that status (empty when it never did), by column index.
   */
  static Map<Integer, String> enteredColumns(List<String> header) {
    Map<Integer, String> columns = new TreeMap<>();
    for (int i = 0; i < header.size(); i++) {
      java.util.regex.Matcher m = ENTERED.matcher(header.get(i).strip());
      if (m.matches() && !m.group(1).isBlank()) {
        columns.put(i, m.group(1).strip());
      }
    }
    return columns;
  }

  private static final java.util.regex.Pattern ENTERED =
      java.util.regex.Pattern.compile("(?i)(?:date\\s+)?entered[\\s:]+(.+)");

  /**
   * The trail: created, then each status it entered by the columns (the first time, or the
   * last: the export says which); resolved when no status is done.
   */
  private static ObservedPr trail(CsvRows csv, List<String> row, String id, String author, Instant opened,
      Instant resolved, Map<Integer, String> entered, Timestamps.Zoning zoning) throws CalibrationInputException {
    List<StatusTrail.Entry> entries = new ArrayList<>();
    entries.add(new StatusTrail.Entry("Created", opened, csv.line()));
    for (Map.Entry<Integer, String> column : entered.entrySet()) {
      Instant at = time(csv, row, column.getKey(), zoning, false);
      if (at != null) {
        if (at.isBefore(opened)) {
          throw new CalibrationInputException(csv.at(column.getKey()) + ": entered (" + at + ") before the issue was"
              + " created (" + opened + ")");
        }
        entries.add(new StatusTrail.Entry(column.getValue(), at, csv.line()));
      }
    }
    ObservedPr c = StatusTrail.change(id, entries, author);
    // a column per status holds one entry each: how often review was entered again is not known
    return new ObservedPr(c.id(), c.author(), false, c.opened(), c.firstReview(), c.reviewDone(),
        c.finished() != null ? c.finished() : resolved, false, -1, -1, c.visits());
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
