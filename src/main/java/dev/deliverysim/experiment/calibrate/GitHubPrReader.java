package dev.deliverysim.experiment.calibrate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads pull requests as JSON, one array element at a time (never the whole array in memory):
 * the output of {@code gh pr list --state all --json
 * number,author,createdAt,mergedAt,closedAt,additions,deletions,reviews}, or the REST API's
 * ({@code user}, {@code created_at}, {@code merged_at}, …; {@code reviews} from the reviews
 * endpoint, added to each PR). Errors name the JSON path ({@code $[12].createdAt}) and, for
 * malformed JSON, the line and column.
 */
public final class GitHubPrReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String source;
  private final Pseudonyms names;
  private final List<ObservedPr> prs = new ArrayList<>();
  private final Map<String, Integer> bots = new TreeMap<>();
  private final Map<String, Integer> seen = new HashMap<>();

  private GitHubPrReader(String source, Pseudonyms names) {
    this.source = source;
    this.names = names;
  }

  public static ImportedHistory read(InputStream in, String source, Pseudonyms names)
      throws IOException, CalibrationInputException {
    GitHubPrReader reader = new GitHubPrReader(source, names);
    try (JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new CalibrationInputException(source + ":" + p.currentLocation().getLineNr() + ":"
            + p.currentLocation().getColumnNr() + ": expected a JSON array of pull requests ([{\"number\": …}, …]),"
            + " as gh pr list --json prints");
      }
      int index = 0;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        long line = p.currentLocation().getLineNr();
        JsonNode pr = p.readValueAsTree();
        reader.add(pr, index++, line);
      }
      if (p.currentToken() != JsonToken.END_ARRAY) {
        throw new CalibrationInputException(source + ": $[" + index + "]: expected a pull request (a JSON object),"
            + " received: " + p.currentToken());
      }
    } catch (JsonProcessingException e) {
      throw new CalibrationInputException(source + ":" + e.getLocation().getLineNr() + ":"
          + e.getLocation().getColumnNr() + ": malformed JSON: " + e.getOriginalMessage());
    }
    if (reader.prs.isEmpty()) {
      throw new CalibrationInputException(source + ": $: no pull requests in the array");
    }
    return new ImportedHistory(source, "github", reader.prs, reader.bots, List.of());
  }

  private void add(JsonNode pr, int index, long line) throws CalibrationInputException {
    String at = "$[" + index + "]";
    JsonNode number = pr.get("number");
    if (number == null || !number.canConvertToLong()) {
      throw error(at + ".number", "expected the PR number (an integer)", number);
    }
    String id = "#" + number.asLong();
    Integer earlier = seen.putIfAbsent(id, index);
    if (earlier != null) {
      throw new CalibrationInputException(source + ":" + line + ": " + at + ".number: PR " + id
          + " appears twice (first at $[" + earlier + "]); export each PR once");
    }
    JsonNode user = pr.has("author") ? pr.get("author") : pr.get("user");
    String login = user == null || user.isNull() ? null : text(user.get("login"));
    boolean bot = Bots.isBot(login) || user != null && (user.path("is_bot").asBoolean(false)
        || "Bot".equals(user.path("type").asText()));
    Instant created = time(pr, at, "createdAt", "created_at", true);
    Instant merged = time(pr, at, "mergedAt", "merged_at", false);
    Instant closed = time(pr, at, "closedAt", "closed_at", false);
    long lines = pr.has("additions") && pr.has("deletions")
        ? count(pr, at, "additions") + count(pr, at, "deletions") : -1;
    Instant firstReview = null;
    Instant lastReview = null;
    int rounds = -1;
    JsonNode reviews = pr.get("reviews");
    if (reviews != null && reviews.isArray()) {
      rounds = 1;
      for (int i = 0; i < reviews.size(); i++) {
        JsonNode r = reviews.get(i);
        String path = at + ".reviews[" + i + "]";
        JsonNode reviewer = r.has("author") ? r.get("author") : r.get("user");
        String who = reviewer == null || reviewer.isNull() ? null : text(reviewer.get("login"));
        if (who != null && who.equals(login)) {
          continue; // an author's reply to comments is not a review
        }
        Instant when = time(r, path, "submittedAt", "submitted_at", false);
        if (when != null) {
          firstReview = firstReview == null || when.isBefore(firstReview) ? when : firstReview;
          lastReview = lastReview == null || when.isAfter(lastReview) ? when : lastReview;
        }
        if ("CHANGES_REQUESTED".equals(r.path("state").asText())) {
          rounds++;
        }
      }
    }
    if (bot) {
      bots.merge(login == null ? "unknown bot" : login, 1, Integer::sum);
    }
    prs.add(new ObservedPr(id, bot ? login : names.of(login), bot, created, firstReview, lastReview, merged,
        merged == null && closed != null, lines, rounds));
  }

  private Instant time(JsonNode node, String at, String ghName, String restName, boolean required)
      throws CalibrationInputException {
    String name = node.has(ghName) ? ghName : restName;
    JsonNode value = node.get(name);
    if (value == null || value.isNull() || value.isTextual() && value.asText().isEmpty()) {
      if (required) {
        throw error(at + "." + ghName, "missing; expected a timestamp such as 2026-09-01T10:00:00Z"
            + " (gh: " + ghName + ", REST: " + restName + ")", null);
      }
      return null;
    }
    if (value.isTextual()) {
      try {
        Instant t = Timestamps.parse(value.asText(), null);
        // gh prints 0001-01-01T00:00:00Z for "never" in some versions
        return t.getEpochSecond() < 0 ? null : t;
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    throw error(at + "." + name, Timestamps.EXPECTED, value);
  }

  private long count(JsonNode pr, String at, String name) throws CalibrationInputException {
    JsonNode v = pr.get(name);
    if (v == null || !v.canConvertToLong() || v.asLong() < 0) {
      throw error(at + "." + name, "expected a whole number ≥ 0 of lines", v);
    }
    return v.asLong();
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private CalibrationInputException error(String path, String expected, JsonNode received) {
    return new CalibrationInputException(source + ": " + path + ": " + expected
        + (received == null ? "" : ", received: " + GitLogReader.shorten(received.toString())));
  }
}
