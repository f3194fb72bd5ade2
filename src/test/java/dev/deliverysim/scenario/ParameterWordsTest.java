package dev.deliverysim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameter paths read in words: labels of the parts, built-in words for known paths, declared levers first. */
class ParameterWordsTest {
  private static final String LINE = """
      name: line
      label: The test line
      run: {replications: 4, seed: 1, horizon: 200h}
      job_classes:
        - {name: item, label: Stories, arrivals: {rate: 0.5}, enter: a}
      stations:
        - {name: a, label: Developers, servers: 2, service: {exponential: {mean: 1h}}, next: b}
        - {name: b, servers: 1, capacity: 5, when_full: block, service: {lognormal: {mean: 1.5h, cv: 0.5}}}
      """;

  @Test
  void aLabelledPartIsCalledByItsLabelAndAnUnlabelledOneByItsName() throws ScenarioException {
    ParameterWords words = ParameterWords.of(ScenarioLoader.loadString(LINE, "line.yaml", List.of()));
    assertEquals("Developers (servers)", words.words("stations[a].servers"));
    assertEquals("Developers (servers)", words.words("stations[0].servers"), "by index as sensitivity walks it");
    assertEquals("b (WIP limit)", words.words("stations[b].capacity"));
    assertEquals("b: service time (mean)", words.words("stations[1].service.lognormal.mean"));
    assertEquals("b: service time (variability, cv)", words.words("stations[1].service.lognormal.cv"));
    assertEquals("Stories arrivals (rate)", words.words("job_classes[0].arrivals.rate"));
  }

  @Test
  void aPathWithoutWordsIsShownAsItIs() throws ScenarioException {
    ParameterWords words = ParameterWords.of(ScenarioLoader.loadString(LINE, "line.yaml", List.of()));
    assertEquals("stations[a].discipline", words.words("stations[a].discipline"));
    assertEquals("stations[9].servers", words.words("stations[9].servers"), "no such station");
    assertEquals("not a path [", words.words("not a path ["));
  }

  @Test
  void aDeclaredLeverLabelComesFirstWhicheverWayTheItemIsNamed() throws ScenarioException {
    ParameterWords words = ParameterWords.of(ScenarioLoader.loadString(LINE + """
        levers:
          - {path: "stations[b].servers", label: Testers, min: 1, max: 3}
          - {path: "stations[a].servers", min: 1, max: 3}
        """, "line.yaml", List.of()));
    assertEquals("Testers", words.words("stations[b].servers"));
    assertEquals("Testers", words.words("stations[1].servers"));
    assertEquals("Developers (servers)", words.words("stations[a].servers"), "a lever without a label adds none");
  }

  @Test
  void deliveryPathsReadAsALeaderSaysThem() throws ScenarioException {
    LoadedScenario team = ScenarioLoader.load(Path.of("scenarios/small-team.yaml"), List.of());
    ParameterWords words = ParameterWords.of(team);
    assertEquals("Developers (headcount)", words.words("delivery.teams[devs].headcount"));
    assertEquals("QA testers (headcount)", words.words("delivery.teams[1].headcount"));
    assertEquals("CI (machines)", words.words("delivery.gates[ci].machines"));
    assertEquals("Manual QA: time per pass (mean)", words.words("delivery.gates[1].duration.gamma.mean"));
    assertEquals("AI adoption (share of tasks)", words.words("delivery.ai.adoption"));
    assertEquals("Review speed (lines per hour)", words.words("delivery.review.lines_per_hour"));
    assertEquals("Effort per task (median)", words.words("delivery.work.task_effort.lognormal.median"));
    assertEquals("Features asked for (rate)", words.words("delivery.work.features.rate"));
    assertEquals("Developers (headcount) = 7", words.setting("delivery.teams[devs].headcount", "7"));
    assertEquals("The small team today", ParameterWords.scenarioLabel(team.tree(), team.scenario().name()));
    LoadedScenario baseline = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), List.of());
    assertEquals("baseline", ParameterWords.scenarioLabel(baseline.tree(), baseline.scenario().name()));
  }
}
