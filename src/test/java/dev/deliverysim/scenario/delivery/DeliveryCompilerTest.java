package dev.deliverysim.scenario.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.engine.Gamma;
import dev.deliverysim.engine.LogNormal;
import dev.deliverysim.engine.Uniform;
import dev.deliverysim.model.delivery.AiDef;
import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.model.delivery.FeatureSource;
import dev.deliverysim.model.delivery.FlowLimits;
import dev.deliverysim.model.delivery.GateDef;
import dev.deliverysim.model.delivery.IncidentsDef;
import dev.deliverysim.model.delivery.Policy;
import dev.deliverysim.model.delivery.QualityDef;
import dev.deliverysim.model.delivery.ReviewDef;
import dev.deliverysim.model.delivery.Skill;
import dev.deliverysim.model.delivery.TeamDef;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The delivery section as users write it: defaults, a full example, and every problem located. */
class DeliveryCompilerTest {

  private static final String MINIMAL = """
      delivery:
        work:
          features: {rate: 2/w}
          task_effort: {fixed: 1d}
        teams:
          - {name: devs, headcount: 3, skills: [code, review]}
      """;

  private static final String FULL = """
      name: full
      delivery:
        work:
          features: {rate: 2/w}
          tasks_per_feature: {uniform: {min: 1, max: 6}}
          task_effort: {lognormal: {median: 1d, p90: 4d}}
          lines_per_hour: 30
        teams:
          - {name: devs, headcount: 8, skills: [code, review], focus: 0.7}
          - {name: qa, headcount: 2, skills: [test]}
        quality: {defects_per_kloc: 12, rework_per_defect: 2h}
        review: {lines_per_hour: 250, minimum: 15m, detection: 0.5, focused_lines: 300}
        gates:
          - {name: ci, machines: 4, duration: {lognormal: {mean: 20m, cv: 0.5}}, detection: 0.5, flakiness: 0.05}
          - {name: qa, duration: {gamma: {mean: 2h, cv: 0.5}}, detection: 0.4}
        ai:
          adoption: 0.8
          coding_effort: 0.7
          pr_size: 1.5
          defect_injection: 1.1
          review_effort: 1.2
          pre_review: {detection: 0.3, effort_saved: 0.2}
        policy: own_work_first
        incidents: {per_escaped_defect: 0.5, restore: {fixed: 2h}, interrupts: true}
        wip_limits: {review_queue: 5, in_progress: 20, gate_queues: {qa: 4}}
      """;

  private static DeliveryDef compiled(String yaml) {
    DeliveryReading reading = DeliveryReading.of(yaml, "d.yaml");
    assertEquals(List.of(), reading.problems());
    assertNotNull(reading.delivery());
    return reading.delivery();
  }

  private static List<String> problems(String yaml) {
    DeliveryReading reading = DeliveryReading.of(yaml, "d.yaml");
    assertNull(reading.delivery(), "no model after problems");
    return reading.problems();
  }

  @Test
  void appliesTheDocumentedDefaults() {
    DeliveryDef d = compiled(MINIMAL);
    // 2 per 40-hour working week: a mean gap of 20 hours
    assertEquals(new Exponential(20), ((FeatureSource.Arrivals) d.work().source()).interarrival());
    assertEquals(new Fixed(1), d.work().tasksPerFeature());
    assertEquals(new Fixed(8), d.work().taskEffort());
    assertEquals(25, d.work().linesPerHour());
    assertEquals(List.of(new TeamDef("devs", 3, Set.of(Skill.CODE, Skill.REVIEW), 1)), d.teams());
    assertEquals(new QualityDef(10, 1), d.quality());
    assertEquals(new ReviewDef(300, 0.5, 0.6, 400), d.review());
    assertEquals(List.of(), d.gates());
    assertEquals(AiDef.NONE, d.ai());
    assertEquals(Policy.REVIEW_FIRST, d.policy());
  }

  @Test
  void compilesEveryKeyOfAFullExample() {
    DeliveryDef d = compiled(FULL);
    assertEquals(new Exponential(20), ((FeatureSource.Arrivals) d.work().source()).interarrival());
    // counts are plain numbers: the duration converter reads them as hours, which is the number itself
    assertEquals(new Uniform(1, 6), d.work().tasksPerFeature());
    assertEquals(LogNormal.ofPercentiles(0.5, 8, 0.9, 32), d.work().taskEffort());
    assertEquals(30, d.work().linesPerHour());
    assertEquals(List.of(
        new TeamDef("devs", 8, Set.of(Skill.CODE, Skill.REVIEW), 0.7),
        new TeamDef("qa", 2, Set.of(Skill.TEST), 1)), d.teams());
    assertEquals(new QualityDef(12, 2), d.quality());
    assertEquals(new ReviewDef(250, 0.25, 0.5, 300), d.review());
    assertEquals(List.of(
        new GateDef("ci", 4, LogNormal.ofMeanCv(1.0 / 3, 0.5), 0.5, 0.05),
        new GateDef("qa", 0, Gamma.ofMeanCv(2, 0.5), 0.4, 0)), d.gates());
    assertEquals(new AiDef(0.8, 0.7, 1.5, 1.1, 1.2, 0.3, 0.2), d.ai());
    assertEquals(Policy.OWN_WORK_FIRST, d.policy());
    assertEquals(new IncidentsDef(0.5, new Fixed(0), new Fixed(2), true), d.incidents());
    assertEquals(new FlowLimits(5, 20, List.of(0, 4)), d.limits(), "gate limits in gate order; ci has none");
  }

  @Test
  void anOpenPrLimitIsOptionalAndMustBePositive() {
    assertEquals(0, compiled(MINIMAL).openPrsPerAuthor(), "no limit by default");
    String limited = MINIMAL + "  wip_limits: {open_prs_per_author: 2}\n";
    assertEquals(2, compiled(limited).openPrsPerAuthor());
    assertEquals(
        List.of("d.yaml:7:37: error: delivery.wip_limits.open_prs_per_author: expected an integer ≥ 1, received: 0"),
        DeliveryReading.of(MINIMAL + "  wip_limits: {open_prs_per_author: 0}\n", "d.yaml").problems());
  }

  @Test
  void aBacklogIsAnAlternativeToArrivals() {
    DeliveryDef d = compiled(MINIMAL.replace("features: {rate: 2/w}", "backlog: 40"));
    assertEquals(new FeatureSource.Backlog(40), d.work().source());
  }

  @Test
  void featuresMayArriveAsARenewalProcess() {
    DeliveryDef d = compiled(MINIMAL.replace("{rate: 2/w}", "{interarrival: {gamma: {mean: 1d, cv: 0.5}}}"));
    assertEquals(Gamma.ofMeanCv(8, 0.5), ((FeatureSource.Arrivals) d.work().source()).interarrival());
  }

  @Test
  void enumsBindWhateverTheCase() {
    DeliveryDef d = compiled(MINIMAL.replace("[code, review]", "[Code, REVIEW]") + "  policy: Oldest-First\n");
    assertEquals(Set.of(Skill.CODE, Skill.REVIEW), d.teams().get(0).skills());
    assertEquals(Policy.OLDEST_FIRST, d.policy());
  }

  @Test
  void aiPreReviewIsOffUnlessGiven() {
    DeliveryDef d = compiled(MINIMAL + "  ai: {adoption: 0.5}\n");
    assertEquals(new AiDef(0.5, 1, 1, 1, 1, 0, 0), d.ai());
    assertEquals(false, d.ai().preReview());
  }

  @Test
  void reportsEveryProblemInOnePassAtItsPosition() {
    String yaml = """
        name: broken
        delivery:
          work:
            features: {rate: 2/w, interarrival: {fixed: 1d}}
            task_effort: {lognormal: {median: 1d}}
            lines_per_hour: 0
          teams:
            - {name: devs, headcount: 0, skills: [code], focus: 1.5}
            - {name: devs, headcount: 1, skills: []}
          quality: {defects_per_kloc: -1}
          review: {detection: 1.2}
          gates:
            - {name: qa, duration: {fixed: 2h}, detection: 0.5, flakiness: 0.1}
          ai: {adoption: 1.5, pr_size: 0, pre_review: {effort_saved: 1}}
        """;
    assertEquals(List.of(
        "d.yaml:4:15: error: delivery.work.features: expected exactly one of rate (a Poisson stream) or"
            + " interarrival (a law)",
        "d.yaml:5:30: error: delivery.work.task_effort.lognormal: expected mean and cv, or exactly two"
            + " percentiles (such as median and p90)",
        "d.yaml:6:21: error: delivery.work.lines_per_hour: expected a number > 0, received: 0",
        "d.yaml:8:5: error: delivery.teams: no team can review: give at least one team the review skill",
        "d.yaml:8:31: error: delivery.teams[0].headcount: expected an integer from 1 to 1000 (a team of interchangeable people; split a larger one), received: 0",
        "d.yaml:8:57: error: delivery.teams[0].focus: expected a share of working time in (0, 1], received: 1.5",
        "d.yaml:9:14: error: delivery.teams[1].name: duplicate name 'devs'; names must be unique",
        "d.yaml:9:42: error: delivery.teams[1].skills: expected at least one of: code, review, test,"
            + " received: an empty list",
        "d.yaml:10:31: error: delivery.quality.defects_per_kloc: expected a number ≥ 0, received: -1",
        "d.yaml:11:23: error: delivery.review.detection: expected a probability between 0 and 1, received: 1.2",
        "d.yaml:13:7: error: delivery.gates[0]: this gate is served by people with the test skill, but no team"
            + " has it: give a team the test skill, or give the gate machines",
        "d.yaml:13:68: error: delivery.gates[0].flakiness: only a gate with machines can be flaky; this one"
            + " is served by people",
        "d.yaml:14:18: error: delivery.ai.adoption: expected a probability between 0 and 1, received: 1.5",
        "d.yaml:14:32: error: delivery.ai.pr_size: expected a multiplier > 0, received: 0",
        "d.yaml:14:62: error: delivery.ai.pre_review.effort_saved: expected a share ≥ 0 and < 1, received: 1"),
        problems(yaml));
  }

  @Test
  void somebodyMustCode() {
    assertEquals(List.of("d.yaml:6:5: error: delivery.teams: no team can code: give at least one team the code skill"),
        problems(MINIMAL.replace("[code, review]", "[review]")));
  }

  @Test
  void aLoneReviewerWhoAlsoCodesCannotReviewTheirOwnWork() {
    assertEquals(List.of("d.yaml:6:42: error: delivery.teams[0].skills: the only reviewer also codes, and nobody"
            + " reviews their own pull requests, so theirs could never be reviewed: add a reviewer or drop code"
            + " from this team"),
        problems(MINIMAL.replace("headcount: 3", "headcount: 1")));
    // Two reviewers review each other; a reviewer who never codes reviews everyone.
    compiled(MINIMAL.replace("headcount: 3", "headcount: 2"));
    compiled(MINIMAL.replace("headcount: 3", "headcount: 1").replace("[code, review]", "[code]")
        + "    - {name: lead, headcount: 1, skills: [review]}\n");
  }

  @Test
  void gatesNeedUniqueNamesAndMachinesWhenGiven() {
    String yaml = MINIMAL + """
          gates:
            - {name: ci, machines: 0, duration: {fixed: 10m}, detection: 0.5}
            - {name: ci, machines: 2, duration: {fixed: 10m}, detection: -0.5, flakiness: 1}
        """;
    assertEquals(List.of(
        "d.yaml:8:28: error: delivery.gates[0].machines: expected an integer ≥ 1 (leave machines out for a"
            + " gate served by people), received: 0",
        "d.yaml:9:14: error: delivery.gates[1].name: duplicate name 'ci'; names must be unique",
        "d.yaml:9:66: error: delivery.gates[1].detection: expected a probability between 0 and 1, received: -0.5",
        "d.yaml:9:83: error: delivery.gates[1].flakiness: expected a probability ≥ 0 and < 1, received: 1"),
        problems(yaml));
  }

  @Test
  void typeErrorsAreTheBindersAndComeWithSuggestions() {
    String yaml = MINIMAL + "  polcy: review_first\n";
    assertEquals(List.of("d.yaml:7:3: error: delivery.polcy: unknown field (did you mean 'policy'?)"),
        DeliveryReading.of(yaml, "d.yaml").problems());
  }

  @Test
  void aSkillThatServesNoStageIsATypoWithASuggestion() {
    String yaml = MINIMAL.replace("[code, review]", "[code, Review, reveiw]");
    assertEquals(List.of("d.yaml:6:57: error: delivery.teams[0].skills[2]: skill 'reveiw' serves no stage"
        + " (did you mean 'review'?); skills are: code, review, test (a gate's skill: names another)"),
        problems(yaml));
  }

  @Test
  void aDefinitionThatStillRejectsIsReportedAtItsPathNotThrown() {
    List<String> reported = new java.util.ArrayList<>();
    DeliveryCompiler compiler = new DeliveryCompiler((path, message) -> reported.add(path + ": " + message),
        (spec, path) -> new Fixed(1));
    Object built = compiler.build("delivery.teams[2]", () -> new TeamDef("x", 1, Set.of(), 1));
    assertNull(built);
    assertEquals(List.of("delivery.teams[2]: team x needs at least one skill"), reported);
  }

  @Test
  void anEmptyTeamListIsAnError() {
    assertEquals(List.of("d.yaml:5:10: error: delivery.teams: expected at least one entry, received: an empty list"),
        problems(MINIMAL.replace("teams:\n    - {name: devs, headcount: 3, skills: [code, review]}", "teams: []")));
  }
}
