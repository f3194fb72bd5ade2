package dev.deliverysim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A comparison as a web page would call it: loaded scenarios in, paired differences out, no terminal. */
class CompareStudyTest {
  private static final List<String> SHORT = List.of("run.replications=3", "run.horizon=300h", "run.warmup=30h");

  @TempDir Path tmp;

  private static List<LoadedScenario> mm1AndTwoServers() throws Exception {
    LoadedScenario base = ScenarioLoader.load(Path.of("scenarios/mm1.yaml"), SHORT);
    List<String> variant = new java.util.ArrayList<>(CompareStudy.variantOverrides(SHORT, base.scenario()));
    variant.add("stations[0].servers=2");
    return List.of(base, ScenarioLoader.load(Path.of("scenarios/mm1.yaml"), variant));
  }

  @Test
  void pairsTheVariantWithTheBaseInMemoryAndWritesWhenAsked() throws Exception {
    CompareStudy.Result result = CompareStudy.run(mm1AndTwoServers(), new CompareStudy.Options(2, List.of()),
        StudyListener.SILENT, Cancellation.none());
    MetricDifference utilisation = result.byVariant().get("mm1").stream()
        .filter(d -> d.key().label().equals("utilisation@server")).findFirst().orElseThrow();
    assertTrue(utilisation.difference() < 0, "two servers are less busy than one");
    assertTrue(result.headline().contains("throughput"));
    Path out = CompareStudy.write(result, tmp.resolve("cmp"), new Invocation("test", List.of()), StudyListener.SILENT);
    assertTrue(Files.exists(out.resolve("comparison.csv")) && Files.exists(out.resolve("manifest.json")));
  }

  @Test
  void anUnknownMetricIsRefusedBeforeAnythingRuns() throws Exception {
    StudyInputException e = assertThrows(StudyInputException.class, () -> CompareStudy.run(mm1AndTwoServers(),
        new CompareStudy.Options(1, List.of("throughtput")), (done, total) -> {
          throw new AssertionError("nothing runs");
        }, Cancellation.none()));
    assertEquals(List.of("--metrics: unknown metric 'throughtput' (did you mean 'throughput'?)"), e.messages());
  }

  /**
   * Over time, a variant identical to the base differs by exactly zero in every period (the same
   * seeds, the same work); a variant with twice the servers has the same arrivals, so its
   * throughput difference stays near zero too, inside its interval, while the file lists every period.
   */
  @Test
  void theChangeOverTimeIsPairedPeriodByPeriod() throws Exception {
    LoadedScenario base = ScenarioLoader.load(Path.of("scenarios/mm1.yaml"), SHORT);
    LoadedScenario same = ScenarioLoader.load(Path.of("scenarios/mm1.yaml"),
        CompareStudy.variantOverrides(SHORT, base.scenario()));
    CompareStudy.Result identical = CompareStudy.run(List.of(base, same), new CompareStudy.Options(1, List.of()),
        StudyListener.SILENT, Cancellation.none());
    dev.deliverysim.experiment.PairedTimeline zero = identical.overTime().get("mm1");
    assertTrue(java.util.Arrays.stream(zero.mean()).allMatch(d -> d == 0), "identical work, identical throughput");
    CompareStudy.Result result = CompareStudy.run(mm1AndTwoServers(), new CompareStudy.Options(1, List.of()),
        StudyListener.SILENT, Cancellation.none());
    Path out = CompareStudy.write(result, tmp.resolve("over"), new Invocation("test", List.of()), StudyListener.SILENT);
    List<String> rows = Files.readAllLines(out.resolve("over-time.csv"));
    assertEquals("variant,time,difference,ci95_low,ci95_high", rows.get(0));
    assertEquals(result.overTime().get("mm1").times().length + 1, rows.size());
  }

  @Test
  void anAnswerCallsScenariosByTheirLabelsAndASetVariantByWhatItSetsInWords() throws Exception {
    LoadedScenario base = ScenarioLoader.load(Path.of("scenarios/small-team.yaml"), List.of());
    LoadedScenario hire = ScenarioLoader.load(Path.of("scenarios/small-team-hire.yaml"), List.of());
    assertEquals("The small team today", CompareStudy.shown(base, base));
    assertEquals("A seventh developer", CompareStudy.shown(hire, base), "its own label");
    List<String> made = new java.util.ArrayList<>(CompareStudy.variantOverrides(List.of(), base.scenario()));
    made.addAll(List.of("delivery.teams[devs].headcount=7", "delivery.ai.adoption=0.5", "name=hire"));
    LoadedScenario setVariant = ScenarioLoader.load(Path.of("scenarios/small-team.yaml"), made);
    assertEquals("hire (Developers (headcount) = 7, AI adoption (share of tasks) = 0.5)",
        CompareStudy.shown(setVariant, base), "the base's label, inherited, would call both the same");
  }

  @Test
  void aComparisonToATargetPrecisionRunsUntilEveryVariantsChangeIsThatPreciseTheSameOnAnyThreads() throws Exception {
    dev.deliverysim.experiment.Precision precision =
        new dev.deliverysim.experiment.Precision(0.01, List.of("utilisation@server"), 300);
    CompareStudy.Result one = CompareStudy.run(mm1AndTwoServers(), new CompareStudy.Options(1, List.of(), precision),
        StudyListener.SILENT, Cancellation.none());
    CompareStudy.Result two = CompareStudy.run(mm1AndTwoServers(), new CompareStudy.Options(2, List.of(), precision),
        StudyListener.SILENT, Cancellation.none());
    int n = one.precision().replications();
    assertTrue(one.precision().met() && n > 3, "more than the pilot of 3: " + n);
    assertEquals(n, two.precision().replications());
    one.runs().forEach(run -> assertEquals(n, run.replications().size(), "every scenario runs the same replications"));
    MetricDifference d = one.byVariant().get("mm1").stream()
        .filter(m -> m.key().label().equals("utilisation@server")).findFirst().orElseThrow();
    assertTrue((d.relativeHigh() - d.relativeLow()) / 2 <= 0.01, d.toString());
    Path a = CompareStudy.write(one, tmp.resolve("a"), new Invocation("test", List.of()), StudyListener.SILENT);
    Path b = CompareStudy.write(two, tmp.resolve("b"), new Invocation("test", List.of()), StudyListener.SILENT);
    assertEquals(Files.readString(a.resolve("comparison.csv")), Files.readString(b.resolve("comparison.csv")));
    assertTrue(Files.readString(a.resolve("report.html")).contains("Replications until every variant"));
    assertTrue(Files.exists(a.resolve("precision.csv")));
  }

  @Test
  void withUncertainInputsAVariantSeesTheBasesDrawsAndIsPairedDrawByDraw() throws Exception {
    List<String> uncertain = new java.util.ArrayList<>(SHORT);
    uncertain.set(0, "run.replications=8");
    uncertain.add("uncertainty={replications_per_draw: 2, inputs: [{path: \"job_classes[0].arrivals.rate\","
        + " uniform: {min: 0.5, max: 0.8}}]}");
    LoadedScenario base = ScenarioLoader.load(Path.of("scenarios/mm1.yaml"), uncertain);
    List<String> same = new java.util.ArrayList<>(CompareStudy.variantOverrides(uncertain, base.scenario()));
    same.add("name=again");
    List<String> faster = new java.util.ArrayList<>(same);
    faster.set(faster.size() - 1, "name=faster");
    faster.add("stations[0].service.exponential.mean=0.5h");
    CompareStudy.Result r = CompareStudy.run(List.of(base, ScenarioLoader.load(Path.of("scenarios/mm1.yaml"), same),
        ScenarioLoader.load(Path.of("scenarios/mm1.yaml"), faster)), new CompareStudy.Options(2, List.of()),
        StudyListener.SILENT, Cancellation.none());
    MetricDifference aa = r.byVariant().get("again").stream().filter(d -> d.key().label().equals("throughput"))
        .findFirst().orElseThrow();
    assertEquals(0, aa.difference(), 0, "the same draws and the same noise: no difference at all");
    assertEquals(4, aa.n(), "paired draw by draw: 8 replications, 4 draws");
    MetricDifference time = r.byVariant().get("faster").stream().filter(d -> d.key().label().equals("sojourn_mean"))
        .findFirst().orElseThrow();
    assertTrue(time.ci95High() < 0, "faster service, less time in system: " + time);
    List<String> other = new java.util.ArrayList<>(same);
    other.add("uncertainty.replications_per_draw=4");
    LoadedScenario mismatched = ScenarioLoader.load(Path.of("scenarios/mm1.yaml"), other);
    StudyInputException e = assertThrows(StudyInputException.class, () -> CompareStudy.run(List.of(base, mismatched),
        new CompareStudy.Options(1, List.of()), StudyListener.SILENT, Cancellation.none()));
    assertTrue(e.getMessage().contains("give them the same uncertainty.replications_per_draw"), e.getMessage());
  }
}
