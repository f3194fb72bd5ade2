package dev.deliverysim.experiment.calibrate;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a CSV of stage timestamps, one row per item entering a stage ({@code id, stage,
 * entered_at}, optionally {@code author}), in any order. Per item: it opens when it enters its
 * first stage, its review starts when it first enters a stage whose name contains "review" and
 * ends when it enters the stage after its last review, and it is finished when it enters a stage
 * named done, closed, resolved, merged, deployed, released or complete(d). Each row is kept as
 * three small values until the end, when the items are put together.
 */
public final class StageCsvReader {
  private static final Pattern DONE =
      Pattern.compile("done|closed|resolved|merged|deployed|released|completed?", Pattern.CASE_INSENSITIVE);

  private record Entry(String stage, Instant at, long line) {}

  private StageCsvReader() {}

  public static ImportedHistory read(Reader in, String source, Pseudonyms names)
      throws IOException, CalibrationInputException {
    Map<String, List<Entry>> items = new LinkedHashMap<>();
    Map<String, String> authors = new LinkedHashMap<>();
    Set<String> rows = new HashSet<>();
    Timestamps.Zoning zoning = new Timestamps.Zoning();
    try (CsvRows csv = new CsvRows(in, source)) {
      int id = csv.required("the item's identifier", "id");
      int stage = csv.required("the stage it entered", "stage");
      int entered = csv.required("when it entered the stage", "entered_at");
      int author = csv.column("author");
      List<String> row;
      while ((row = csv.next()) != null) {
        String key = CsvRows.field(row, id);
        String name = CsvRows.field(row, stage);
        if (key.isEmpty() || name.isEmpty()) {
          throw new CalibrationInputException(csv.at(key.isEmpty() ? id : stage) + ": missing value");
        }
        Instant at = JiraCsvReader.time(csv, row, entered, zoning, true);
        if (!rows.add(key + "\u0000" + name + "\u0000" + at)) {
          throw new CalibrationInputException(csv.at(entered) + ": duplicate row: " + key + " entered " + name
              + " at " + at + " already");
        }
        items.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(name, at, csv.line()));
        String who = CsvRows.field(row, author);
        if (!who.isEmpty()) {
          authors.putIfAbsent(key, who);
        }
      }
    }
    if (items.isEmpty()) {
      throw new CalibrationInputException(source + ":2:1: no rows after the header");
    }
    List<ObservedPr> changes = new ArrayList<>();
    for (Map.Entry<String, List<Entry>> item : items.entrySet()) {
      changes.add(item(item.getKey(), item.getValue(), authors.get(item.getKey()), names));
    }
    return new ImportedHistory(source, "stages", changes, Map.of(), List.of());
  }

  private static ObservedPr item(String id, List<Entry> entries, String author, Pseudonyms names) {
    entries.sort(Comparator.comparing(Entry::at).thenComparingLong(Entry::line));
    Instant firstReview = null;
    Instant reviewDone = null;
    Instant finished = null;
    int rounds = 0;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      boolean review = e.stage().toLowerCase(Locale.ROOT).contains("review");
      if (review) {
        rounds++;
        firstReview = firstReview == null ? e.at() : firstReview;
        reviewDone = i + 1 < entries.size() ? entries.get(i + 1).at() : null;
      }
      if (finished == null && DONE.matcher(e.stage()).matches()) {
        finished = e.at();
      }
    }
    return new ObservedPr(id, author == null ? "unknown" : names.of(author), false, entries.get(0).at(), firstReview,
        reviewDone, finished, false, -1, rounds == 0 ? -1 : rounds);
  }
}
