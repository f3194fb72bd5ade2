package dev.deliverysim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deliverysim.scenario.Lever;
import dev.deliverysim.scenario.Levers;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every shipped scenario's levers, moved at random (seeded) within their ranges and beyond: the
 * page gets a readout or the reasons it cannot have one — each located or naming the lever — and
 * never an internal error.
 */
class WorkshopApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LOCATED = Pattern.compile("^(--set|[^:]+\\.yaml):\\d+:\\d+: error: .+|^levers: .+");

  @Test
  void randomLeverSettingsOfEveryShippedScenarioAnswerOrSayWhy() throws Exception {
    List<LoadedScenario> scenarios = new ArrayList<>();
    for (Path file : shipped()) {
      scenarios.add(ScenarioLoader.load(file, List.of()));
    }
    int answered = 0;
    int refused = 0;
    try (WorkshopApi api = new WorkshopApi(scenarios, 2, 2, 1)) {
      SplittableRandom random = new SplittableRandom(11);
      for (int s = 0; s < scenarios.size(); s++) {
        List<Lever> levers = Levers.of(scenarios.get(s));
        for (int trial = 0; trial < 4 && !levers.isEmpty(); trial++) {
          StringBuilder values = new StringBuilder();
          for (Lever lever : levers) {
            if (random.nextInt(3) == 0) {
              continue; // left at its start
            }
            double value = trial == 3 ? lever.max() + lever.step() // once beyond the range
                : lever.min() + lever.step() * random.nextInt((int) Math.round((lever.max() - lever.min()) / lever.step()) + 1);
            values.append(values.length() == 0 ? "" : ", ").append('"').append(lever.path()).append("\": ")
                .append(String.format(Locale.ROOT, "%.6f", Math.min(value, lever.max() * 2)));
          }
          String body = "{\"scenario\": " + s + ", \"client\": \"fuzz\", \"values\": {" + values + "}}";
          WorkshopApi.Answer answer = api.run(body);
          JsonNode json = JSON.readTree(answer.json());
          if (answer.status() == 200) {
            answered++;
            // throughput, time in the system, WIP; and the first and last item out of the penny game
            assertEquals(json.get("scenario").asText().startsWith("penny") ? 5 : 3, json.get("headline").size(), body);
          } else {
            refused++;
            assertEquals(400, answer.status(), body + " → " + answer.json());
            for (JsonNode line : json.get("errors")) {
              assertTrue(LOCATED.matcher(line.asText()).matches(), body + " → " + line.asText());
            }
          }
        }
      }
    }
    assertTrue(answered > 25, "most settings run: " + answered + " answered, " + refused + " refused");
    assertTrue(refused > 0, "the settings beyond a range are refused");
  }

  /**
   * A delivery organisation's replay carries its PRs' moves and its people as parallel arrays, cut
   * per frame: following the moves up to each frame gives the frame's counts in every state, each
   * person belongs to a team and does one of the activities or nothing, and the body stays small.
   */
  @Test
  void aDeliveryReplayCarriesItsPrsAndPeopleAsCompactArrays() throws Exception {
    List<LoadedScenario> scenarios = List.of(ScenarioLoader.load(Path.of("scenarios/ai-adoption.yaml"), List.of()),
        ScenarioLoader.load(Path.of("scenarios/security-review.yaml"), List.of()),
        ScenarioLoader.load(Path.of("scenarios/ux-dev-qa.yaml"), List.of()));
    try (WorkshopApi api = new WorkshopApi(scenarios, 2, 2, 1)) {
      for (int s = 0; s < 2; s++) {
        WorkshopApi.Answer answer = api.replay("{\"scenario\": " + s + ", \"client\": \"r\", \"replication\": 1}");
        assertEquals(200, answer.status(), answer.json());
        assertTrue(answer.json().length() < 1_000_000, "compact: " + answer.json().length() + " bytes");
        JsonNode replay = JSON.readTree(answer.json());
        int frames = replay.get("times").size();
        int states = replay.get("states").size();
        assertEquals(300, frames);
        assertTrue(replay.path("moves").isMissingNode(), "no network moves");

        JsonNode moves = replay.get("stateMoves");
        assertEquals(replay.get("times").get(frames - 1).asDouble(), moves.get("until").asDouble(), 1e-9, "complete");
        int size = moves.get("items").size();
        assertEquals(size, moves.get("states").size());
        assertEquals(frames, moves.get("upTo").size());
        java.util.Map<Integer, Integer> where = new java.util.HashMap<>();
        int next = 0;
        for (int f = 0; f < frames; f++) {
          int upTo = moves.get("upTo").get(f).asInt();
          assertTrue(upTo >= next && upTo <= size, "frames cut the moves in order");
          for (; next < upTo; next++) {
            int state = moves.get("states").get(next).asInt();
            assertTrue(state >= -1 && state < states, "a state of the timeline, or gone: " + state);
            if (state < 0) {
              where.remove(moves.get("items").get(next).asInt());
            } else {
              where.put(moves.get("items").get(next).asInt(), state);
            }
          }
          for (int k = 0; k < states; k++) {
            int state = k;
            assertEquals(replay.get("inState").get(f).get(k).asDouble(),
                where.values().stream().filter(v -> v == state).count(), 0.0, "frame " + f + ", state " + k);
          }
        }

        JsonNode people = replay.get("people");
        List<String> teams = new ArrayList<>();
        people.get("teams").forEach(t -> teams.add(t.asText()));
        assertEquals(s == 0 ? List.of("seniors", "devs", "qa") : List.of("seniors", "devs", "qa", "appsec"), teams);
        assertEquals(s == 0 ? 12 : 14, people.get("team").size(), "one team per person");
        int activities = people.get("activities").size();
        assertEquals(activities, people.get("activityStages").size());
        assertEquals("review", people.get("activityStages").get(1).asText());
        int changes = people.get("people").size();
        assertTrue(changes > 1000, "people change jobs: " + changes);
        assertEquals(changes, people.get("doing").size());
        assertEquals(changes, people.get("items").size());
        assertEquals(frames, people.get("upTo").size());
        for (int i = 0; i < changes; i++) {
          int doing = people.get("doing").get(i).asInt();
          assertTrue(doing >= -1 && doing < activities, "an activity, or idle: " + doing);
          assertTrue(people.get("people").get(i).asInt() < people.get("team").size());
        }
      }
      JsonNode network = JSON.readTree(api.replay("{\"scenario\": 2, \"client\": \"r\"}").json());
      assertTrue(network.has("moves") && !network.has("stateMoves") && !network.has("people"), "a network's own trace");
    }
  }

  private static List<Path> shipped() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("scenarios"), 2)) { // with the games
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
