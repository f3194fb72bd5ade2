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

  private static List<Path> shipped() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("scenarios"), 2)) { // with the games
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
