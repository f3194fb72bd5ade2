package dev.deliverysim.experiment.calibrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A CSV file read row by row (Jackson's CSV parser: quoted fields, commas and line breaks inside
 * quotes), each row with the line it starts on, and the header's columns found by name, case and
 * spacing aside. Nothing but the current row is held.
 */
final class CsvRows implements AutoCloseable {
  private static final CsvMapper CSV = new CsvMapper();

  private final String source;
  private final MappingIterator<List<String>> rows;
  private final List<String> header;
  private long line;

  CsvRows(Reader in, String source) throws IOException, CalibrationInputException {
    this.source = source;
    try {
      rows = CSV.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(in);
      if (!rows.hasNextValue()) {
        throw new CalibrationInputException(source + ":1:1: empty file; expected a header row");
      }
      List<String> first = new ArrayList<>(rows.nextValue());
      if (!first.isEmpty()) {
        first.set(0, first.get(0).replace("\uFEFF", "")); // a byte-order mark from spreadsheet exports
      }
      header = first;
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  List<String> header() {
    return header;
  }

  /** The index of the first column named any of {@code names}, or -1. */
  int column(String... names) {
    for (String name : names) {
      for (int i = 0; i < header.size(); i++) {
        if (normal(header.get(i)).equals(normal(name))) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The index of a required column; a missing one is an error that lists the columns and the closest. */
  int required(String expected, String... names) throws CalibrationInputException {
    int i = column(names);
    if (i >= 0) {
      return i;
    }
    String closest = null;
    int best = Integer.MAX_VALUE;
    for (String h : header) {
      int d = LevenshteinDistance.getDefaultInstance().apply(normal(h), normal(names[0]));
      if (d < best) {
        best = d;
        closest = h;
      }
    }
    throw new CalibrationInputException(source + ":1:1: missing column '" + names[0] + "' (" + expected + ")"
        + (closest != null && best <= 3 ? "; did you mean '" + closest + "'?" : "")
        + "; the columns are: " + String.join(", ", header));
  }

  /** The next row, or null at the end; {@link #line()} is then the line it started on. */
  List<String> next() throws IOException, CalibrationInputException {
    try {
      while (rows.hasNextValue()) {
        line = rows.getCurrentLocation().getLineNr();
        List<String> row = rows.nextValue();
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue; // a blank line
        }
        return row;
      }
      return null;
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  long line() {
    return line;
  }

  /** {@code file:line: column 'Name'}: where a field is, for a message. */
  String at(int column) {
    return source + ":" + line + ": column '" + header.get(column) + "'";
  }

  /** The field, stripped; empty when the row is short. */
  static String field(List<String> row, int column) {
    return column >= 0 && column < row.size() ? row.get(column).strip() : "";
  }

  private CalibrationInputException malformed(JsonProcessingException e) {
    return new CalibrationInputException(source + ":" + e.getLocation().getLineNr() + ":"
        + e.getLocation().getColumnNr() + ": malformed CSV: " + e.getOriginalMessage());
  }

  private static String normal(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
  }

  @Override
  public void close() throws IOException {
    rows.close();
  }
}
