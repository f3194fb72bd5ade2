package dev.deliverysim.experiment.calibrate;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CSV of stage timestamps, one row per item entering a stage ({@code id, stage,
 * entered_at}, optionally {@code author}), in any order. Each item's rows make its trail
 * ({@link StatusTrail}): when it started, its review, when it was finished, and its time in each
 * stage. Each row is kept as three small values until the end, when the items are put together.
 */
public final class StageCsvReader {
  private StageCsvReader() {}

  public static ImportedHistory read(Reader in, String source, Pseudonyms names)
      throws IOException, CalibrationInputException {
    Map<String, List<StatusTrail.Entry>> items = new LinkedHashMap<>();
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
        items.computeIfAbsent(key, k -> new ArrayList<>()).add(new StatusTrail.Entry(name, at, csv.line()));
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
    for (Map.Entry<String, List<StatusTrail.Entry>> item : items.entrySet()) {
      String author = authors.get(item.getKey());
      changes.add(StatusTrail.change(item.getKey(), item.getValue(), author == null ? "unknown" : names.of(author)));
    }
    return new ImportedHistory(source, "stages", changes, Map.of(), List.of());
  }
}
