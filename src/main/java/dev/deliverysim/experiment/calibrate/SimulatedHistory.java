package dev.deliverysim.experiment.calibrate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.deliverysim.model.delivery.SimulatedPr;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A simulated replication's pull requests written as a team's tools would have exported them — a
 * CSV of stage timestamps, {@code gh pr list} JSON, {@code git log} output and a Jira changelog
 * CSV — so that {@code calibrate} can read the model's own history back. The simulation's clock
 * (working hours) becomes calendar time the way calibrate reads it back ({@link WorkingTime}):
 * working day {@code d} is the {@code d}-th weekday from {@link #START}, and its
 * {@code hoursPerDay} hours are spread evenly over its 24. Authors are {@code dev-1}, {@code dev-2}, …
 */
public final class SimulatedHistory {
  /** The Monday the simulated clock starts on. */
  public static final LocalDate START = LocalDate.of(2026, 1, 5);
  public static final String STAGES = "history-stages.csv";
  public static final String GITHUB = "history-prs.json";
  public static final String GIT_LOG = "history-git-log.txt";
  public static final String JIRA = "history-jira-changelog.csv";
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

  private final List<SimulatedPr> prs;
  private final double hoursPerDay;

  public SimulatedHistory(List<SimulatedPr> prs, double hoursPerDay) {
    this.prs = List.copyOf(prs);
    this.hoursPerDay = hoursPerDay;
  }

  /** The calendar time of simulated time {@code hours}, as {@code 2026-01-05T12:00:00} (UTC), to the second. */
  String at(double hours) {
    long day = (long) Math.floor(hours / hoursPerDay);
    double fraction = (hours - day * hoursPerDay) / hoursPerDay;
    LocalDate date = START.plusWeeks(day / 5).plusDays(day % 5);
    long seconds = Math.round(fraction * 86_400);
    return date.atStartOfDay().plusSeconds(seconds).format(SECONDS);
  }

  private static String author(int person) {
    return "dev-" + (person + 1);
  }

  private static long lines(SimulatedPr pr) {
    return Math.max(1, Math.round(pr.lines()));
  }

  /** {@code id,stage,entered_at,author}: coding, review (again after changes asked for), merged. */
  public void stagesCsv(Writer out) throws IOException {
    out.write("id,stage,entered_at,author\n");
    for (SimulatedPr pr : prs) {
      for (SimulatedPr.Step s : pr.steps()) {
        out.write("PR-" + pr.id() + "," + s.state() + "," + at(s.at()) + "Z," + author(pr.author()) + "\n");
      }
      out.write("PR-" + pr.id() + ",merged," + at(pr.merged()) + "Z," + author(pr.author()) + "\n");
    }
  }

  /** The JSON of {@code gh pr list --json number,author,createdAt,mergedAt,closedAt,additions,deletions,reviews}. */
  public void githubJson(Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      // one PR a line, as compact as gh writes it otherwise
      g.setPrettyPrinter(new com.fasterxml.jackson.core.util.MinimalPrettyPrinter() {
        @Override
        public void writeArrayValueSeparator(JsonGenerator gen) throws IOException {
          gen.writeRaw(",\n");
        }
      });
      g.writeStartArray();
      g.writeRaw('\n');
      for (SimulatedPr pr : prs) {
        g.writeStartObject();
        g.writeNumberField("number", pr.id() + 1);
        g.writeObjectFieldStart("author");
        g.writeStringField("login", author(pr.author()));
        g.writeEndObject();
        g.writeStringField("createdAt", at(pr.opened()) + "Z");
        g.writeStringField("mergedAt", at(pr.merged()) + "Z");
        g.writeStringField("closedAt", at(pr.merged()) + "Z");
        g.writeNumberField("additions", lines(pr));
        g.writeNumberField("deletions", 0);
        g.writeArrayFieldStart("reviews");
        for (SimulatedPr.Review r : pr.reviews()) {
          g.writeStartObject();
          g.writeObjectFieldStart("author");
          g.writeStringField("login", author(r.reviewer()));
          g.writeEndObject();
          g.writeStringField("state", r.changesRequested() ? "CHANGES_REQUESTED" : "APPROVED");
          g.writeStringField("submittedAt", at(r.at()) + "Z");
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeRaw('\n');
      g.writeEndArray();
    }
    out.write('\n');
  }

  /**
   * {@code git log --pretty=fuller --date=iso-strict --numstat --parents}, newest first: each PR a
   * branch commit (authored when coding started, its changed lines in one file) merged by a
   * {@code Merge pull request #N} commit when it merged, on a main line of merges from a root commit.
   */
  public void gitLog(Writer out) throws IOException {
    List<SimulatedPr> byMerge = new ArrayList<>(prs);
    byMerge.sort(java.util.Comparator.comparingDouble(SimulatedPr::merged).thenComparingInt(SimulatedPr::id));
    String root = sha("root");
    for (int i = byMerge.size() - 1; i >= 0; i--) {
      SimulatedPr pr = byMerge.get(i);
      String previous = i == 0 ? root : sha("merge-" + byMerge.get(i - 1).id());
      String merge = sha("merge-" + pr.id());
      String branch = sha("branch-" + pr.id());
      String who = author(pr.author());
      String merged = at(pr.merged()) + "+00:00";
      commit(out, merge + " " + previous + " " + branch, "GitHub", merged, merged,
          "Merge pull request #" + (pr.id() + 1) + " from " + who + "/pr-" + (pr.id() + 1), null);
      commit(out, branch + " " + previous, who, at(pr.codingStarted()) + "+00:00", merged, "Change " + (pr.id() + 1),
          lines(pr) + "\t0\tsrc/change-" + (pr.id() + 1) + ".txt");
    }
    String start = at(0) + "+00:00";
    commit(out, root, "dev-1", start, start, "Start", null);
  }

  private static void commit(Writer out, String shas, String who, String authored, String committed, String subject,
      String numstat) throws IOException {
    out.write("commit " + shas + "\n");
    out.write("Author:     " + who + " <" + who + "@example.invalid>\n");
    out.write("AuthorDate: " + authored + "\n");
    out.write("Commit:     " + who + " <" + who + "@example.invalid>\n");
    out.write("CommitDate: " + committed + "\n\n");
    out.write("    " + subject + "\n\n");
    if (numstat != null) {
      out.write(numstat + "\n\n");
    }
  }

  /** {@code Issue key,Field,From,To,Created,Assignee}: To Do → In Progress ⇄ In Review → Done. */
  public void jiraChangelog(Writer out) throws IOException {
    out.write("Issue key,Field,From,To,Created,Assignee\n");
    for (SimulatedPr pr : prs) {
      String from = "To Do";
      for (SimulatedPr.Step s : pr.steps()) {
        String to = s.state().equals("coding") ? "In Progress" : "In Review";
        out.write("SIM-" + (pr.id() + 1) + ",status," + from + "," + to + "," + at(s.at()) + "Z,"
            + author(pr.author()) + "\n");
        from = to;
      }
      out.write("SIM-" + (pr.id() + 1) + ",status," + from + ",Done," + at(pr.merged()) + "Z," + author(pr.author())
          + "\n");
    }
  }

  /** A stable 40-hex-digit commit hash for {@code name}. */
  private static String sha(String name) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(name.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-1", e);
    }
  }

}
