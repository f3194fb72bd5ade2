package dev.deliverysim.experiment.calibrate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads the timestamps exports carry: ISO 8601 with a zone ({@code 2026-09-01T10:00:00Z},
 * {@code 2026-09-01T12:00:00+02:00}), ISO without one ({@code 2026-09-01T10:00},
 * {@code 2026-09-01 10:00}, {@code 2026-09-01}) and Jira's ({@code 01/Sep/26 10:00 AM}). A
 * timestamp without a zone is read as UTC; one file may not mix the two kinds (the times would be
 * hours apart without anyone noticing), which {@link #parse} checks through a {@link Zoning}.
 */
final class Timestamps {
  /** What the file's timestamps have been so far: with a zone, without, or not seen yet. */
  static final class Zoning {
    private Boolean zoned;
    private String first;

    /** Null when consistent, or a sentence naming the first timestamp of the other kind. */
    String mix(boolean isZoned, String text) {
      if (zoned == null) {
        zoned = isZoned;
        first = text;
        return null;
      }
      return zoned == isZoned ? null : "mixed time zones: '" + text + "' " + (isZoned ? "has" : "has no")
          + " zone but an earlier timestamp ('" + first + "') " + (zoned ? "has one" : "has none")
          + "; export every timestamp with its zone (or every one in UTC)";
    }
  }

  static final String EXPECTED = "expected a timestamp such as 2026-09-01T10:00:00Z (ISO 8601),"
      + " 2026-09-01 10:00 or 01/Sep/26 10:00 AM";

  private static final List<DateTimeFormatter> LOCAL = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE_TIME,
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT),
      new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("dd/MMM/yy h:mm a")
          .toFormatter(Locale.ENGLISH),
      new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d/MMM/yy h:mm a")
          .toFormatter(Locale.ENGLISH));

  private static final DateTimeFormatter SPACED_OFFSET = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd HH:mm[:ss][ ]").appendOffset("+HH:MM", "Z").toFormatter(Locale.ROOT);
  private static final DateTimeFormatter SPACED_OFFSET_COMPACT = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd HH:mm[:ss][ ]").appendOffset("+HHMM", "Z").toFormatter(Locale.ROOT);

  private Timestamps() {}

  /** The instant {@code text} means; throws with {@link #EXPECTED} or a mixing message. */
  static Instant parse(String text, Zoning zoning) {
    String t = text.strip();
    Instant zoned = zoned(t);
    if (zoned != null) {
      check(zoning, true, t);
      return zoned;
    }
    Instant local = local(t);
    if (local != null) {
      check(zoning, false, t);
      return local;
    }
    throw new DateTimeParseException(EXPECTED, t, 0);
  }

  private static void check(Zoning zoning, boolean isZoned, String t) {
    String mix = zoning == null ? null : zoning.mix(isZoned, t);
    if (mix != null) {
      throw new DateTimeParseException(mix, t, 0);
    }
  }

  private static Instant zoned(String t) {
    for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, SPACED_OFFSET, SPACED_OFFSET_COMPACT)) {
      try {
        return OffsetDateTime.parse(t, f).toInstant();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }

  private static Instant local(String t) {
    for (DateTimeFormatter f : LOCAL) {
      try {
        return LocalDateTime.parse(t, f).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    try {
      return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
