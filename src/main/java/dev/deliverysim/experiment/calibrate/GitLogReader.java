package dev.deliverysim.experiment.calibrate;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the output of {@code git log --pretty=fuller --date=iso-strict --numstat} (with or without
 * {@code --parents}) line by line: the text is never held whole, only one small record per commit
 * (no message bodies, no paths). {@link GitPullRequests} then finds the pull requests in them.
 *
 * <p>Every line must be what that format prints; anything else is an error naming the file, line
 * and column and the expected form, since a log in another format would be silently misread.
 */
public final class GitLogReader {
  /** More commits than this is not a year of a team's history: refuse rather than exhaust memory. */
  public static final int MAX_COMMITS = 2_000_000;

  private static final Pattern SHA = Pattern.compile("[0-9a-f]{7,64}");
  private static final Pattern NUMSTAT = Pattern.compile("(\\d+|-)\t(\\d+|-)\t.*");
  static final String HOW = "run: git log --pretty=fuller --date=iso-strict --numstat";

  /** One commit as read: what finding pull requests needs, and the line it starts on. */
  record Commit(String sha, List<String> parents, boolean abbreviatedParents, String author, boolean bot,
      Instant authorDate, Instant commitDate, String subject, long lines, long line) {
    boolean merge() {
      return parents.size() >= 2;
    }
  }

  private final String source;
  private final List<Commit> commits = new ArrayList<>();
  /** One string per author, however many commits they made: memory follows people, not commits. */
  private final Map<String, String> authors = new HashMap<>();
  private long lineNo;
  // the commit being read
  private long start;
  private String sha;
  private List<String> parents;
  private boolean abbreviated;
  private String author;
  private String email;
  private Instant authorDate;
  private Instant commitDate;
  private String subject;
  private long lines;

  private GitLogReader(String source) {
    this.source = source;
  }

  /** Every commit of the log, newest first as git prints them. */
  public static List<Commit> read(BufferedReader in, String source) throws IOException, CalibrationInputException {
    GitLogReader reader = new GitLogReader(source);
    String line;
    while ((line = in.readLine()) != null) {
      reader.lineNo++;
      reader.accept(line);
    }
    reader.finish();
    if (reader.commits.isEmpty()) {
      throw new CalibrationInputException(source + ":1:1: no commits: expected lines starting 'commit <sha>'; " + HOW);
    }
    return reader.commits;
  }

  private void accept(String line) throws CalibrationInputException {
    if (line.startsWith("commit ")) {
      finish();
      startCommit(line);
      return;
    }
    if (sha == null) {
      if (line.isBlank()) {
        return;
      }
      throw error(1, "expected 'commit <sha>' to start the log, received: '" + shorten(line) + "'");
    }
    if (line.isEmpty()) {
      return;
    }
    if (line.startsWith("    ")) {
      if (subject == null) {
        subject = line.strip();
      }
      return;
    }
    if (line.startsWith("Merge: ")) {
      if (parents.isEmpty()) {
        parents = List.of(line.substring(7).strip().split("\\s+"));
        abbreviated = true;
      }
    } else if (line.startsWith("Author: ")) {
      String[] who = person(line.substring(8));
      author = who[0];
      email = who[1];
    } else if (line.startsWith("AuthorDate: ")) {
      authorDate = date(line, 12);
    } else if (line.startsWith("CommitDate: ")) {
      commitDate = date(line, 12);
    } else if (line.startsWith("Commit: ")) {
      return; // the committer: who pressed the button, not who did the work
    } else if (NUMSTAT.matcher(line).matches()) {
      String[] f = line.split("\t", 3);
      lines += count(f[0]) + count(f[1]); // '-' for a binary file: no lines
    } else if (line.startsWith("Date: ")) {
      throw error(1, "'Date:' is the default format, which has no commit date; " + HOW);
    } else {
      throw error(1, "expected a header (Author:, AuthorDate:, Commit:, CommitDate:), a message line indented by"
          + " four spaces or a numstat line (added<TAB>deleted<TAB>path), received: '" + shorten(line) + "'");
    }
  }

  private void startCommit(String line) throws CalibrationInputException {
    String rest = line.substring(7);
    int decoration = rest.indexOf(" (");
    if (decoration >= 0) {
      rest = rest.substring(0, decoration); // --decorate: (HEAD -> main, tag: v1)
    }
    String[] tokens = rest.strip().split("\\s+");
    for (int i = 0; i < tokens.length; i++) {
      if (!SHA.matcher(tokens[i]).matches()) {
        throw error(line.indexOf(tokens[i]) + 1, "expected a commit hash (7 to 64 hex digits), received: '"
            + shorten(tokens[i]) + "'");
      }
    }
    if (commits.size() >= MAX_COMMITS) {
      throw error(1, "more than " + MAX_COMMITS + " commits; calibrate on a period (git log --since=…)");
    }
    start = lineNo;
    sha = tokens[0];
    parents = tokens.length > 1 ? List.of(tokens).subList(1, tokens.length) : List.of();
    abbreviated = false;
    author = null;
    email = null;
    authorDate = null;
    commitDate = null;
    subject = null;
    lines = 0;
  }

  private void finish() throws CalibrationInputException {
    if (sha == null) {
      return;
    }
    if (authorDate == null || commitDate == null || author == null) {
      throw new CalibrationInputException(source + ":" + start + ":1: commit " + sha + " has no "
          + (author == null ? "Author" : authorDate == null ? "AuthorDate" : "CommitDate") + " line; " + HOW);
    }
    // a subject matters only where it can name a PR: a merge's, or one ending in (#123)
    String kept = subject != null && (parents.size() >= 2 || subject.endsWith(")")) ? subject : "";
    commits.add(new Commit(sha, List.copyOf(parents), abbreviated, authors.computeIfAbsent(author, a -> a),
        Bots.isBot(author) || Bots.isBot(email), authorDate, commitDate, kept, lines, start));
    sha = null;
  }

  private Instant date(String line, int col) throws CalibrationInputException {
    try {
      return Timestamps.parse(line.substring(col), null);
    } catch (DateTimeParseException e) {
      throw error(col + 1, "expected a date such as 2025-06-01T10:00:00+02:00 (--date=iso-strict), received: '"
          + shorten(line.substring(col).strip()) + "'");
    }
  }

  /** {@code Name <email>}: the two parts (the e-mail may be missing). */
  private static String[] person(String text) {
    String t = text.strip();
    int lt = t.lastIndexOf('<');
    if (lt < 0 || !t.endsWith(">")) {
      return new String[] {t, ""};
    }
    return new String[] {t.substring(0, lt).strip(), t.substring(lt + 1, t.length() - 1)};
  }

  private static long count(String field) {
    return field.equals("-") ? 0 : Long.parseLong(field);
  }

  private CalibrationInputException error(int column, String message) {
    return new CalibrationInputException(source + ":" + lineNo + ":" + column + ": " + message);
  }

  static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "…" : text;
  }
}
