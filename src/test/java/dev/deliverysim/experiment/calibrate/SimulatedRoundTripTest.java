package dev.deliverysim.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.delivery.DeliveryModel;
import dev.deliverysim.model.delivery.SimulatedPr;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip through the simulator itself: a known team (roundtrip-team.yaml) simulated, its
 * history exported in every format calibrate reads, read back and fitted — and the fit must find
 * what was put in: the arrival rate, the PR size law, the defect rate, the people, within their
 * 99% intervals; and the times (cycle, pickup, review) must be the simulation's own, to the second
 * the export rounds to.
 */
class SimulatedRoundTripTest {
  private static final Path TEAM = Path.of("src/test/resources/calibrate/roundtrip-team.yaml");
  private static final double HOURS_PER_DAY = 8;
  private static final double Z99 = 2.576;

  private static Scenario scenario;
  private static List<SimulatedPr> prs;
  private static Map<String, ImportedHistory> read;

  @TempDir static Path dir;

  @BeforeAll
  static void simulateAndExport() throws Exception {
    scenario = ScenarioLoader.load(TEAM, List.of()).scenario();
    prs = ((DeliveryModel) scenario.model()).history(scenario.seed(), 0);
    SimulatedHistory history = new SimulatedHistory(prs, HOURS_PER_DAY);
    read = new java.util.LinkedHashMap<>();
    read.put("stages", export(history::stagesCsv, SimulatedHistory.STAGES));
    read.put("github", export(history::githubJson, SimulatedHistory.GITHUB));
    read.put("git", export(history::gitLog, SimulatedHistory.GIT_LOG));
    read.put("jira", export(history::jiraChangelog, SimulatedHistory.JIRA));
  }

  private interface Export {
    void to(java.io.Writer out) throws java.io.IOException;
  }

  private static ImportedHistory export(Export export, String name) throws Exception {
    StringWriter text = new StringWriter();
    export.to(text);
    Path file = dir.resolve(name);
    Files.writeString(file, text.toString());
    return HistoryImportTest.read(file);
  }

  private static Calibration fit(String format) {
    ImportedHistory h = read.get(format);
    Instant first = h.changes().stream().map(ObservedPr::finished).min(Instant::compareTo).orElseThrow();
    Instant last = h.changes().stream().map(ObservedPr::finished).max(Instant::compareTo).orElseThrow();
    return Calibration.of(h, Window.spanning(first, last), HOURS_PER_DAY);
  }

  @Test
  void tracingAReplicationChangesNothingAndKeepsEveryMergedPr() {
    ReplicationResult same = scenario.model().replicate(scenario.seed(), 0);
    MetricCatalog catalog = scenario.model().catalog();
    double weeks = scenario.stop().horizon() / scenario.outputUnit().hours();
    assertEquals(same.value(catalog.indexOf("prs_merged")) * weeks, prs.size(), 1e-6, "every merged PR, once");
    double cycleMean = prs.stream().mapToDouble(p -> p.merged() - p.codingStarted()).average().orElseThrow();
    assertEquals(same.value(catalog.indexOf("cycle_time_mean")) * scenario.outputUnit().hours(), cycleMean,
        1e-9 * cycleMean, "the traced PRs are the replication's own");
    assertTrue(prs.size() > 200, "a history worth fitting: " + prs.size());
  }

  @Test
  void everyFormatRecoversTheArrivalRateAndThePeople() {
    double rate = 6; // roundtrip-team.yaml: features.rate
    for (String format : read.keySet()) {
      Calibration c = fit(format);
      assertEquals(prs.size(), c.people(), format + ": every PR read back");
      double band = Z99 * Math.sqrt(rate / c.window().weeks()); // Poisson arrivals: the weekly mean's spread
      assertEquals(rate, c.throughputPerWeek(), band, format + ": " + c.throughputPerWeek() + " a week over "
          + c.window().weeks() + " weeks");
      assertEquals(5, c.authors(), format + ": the team's five people");
      assertEquals(5, FittedScenario.headcount(c), format + ": all five are regulars: the team's headcount");
    }
  }

  @Test
  void theSizedFormatsRecoverThePrSizeLaw() {
    double mean = 5 * 20; // task_effort mean 5h × lines_per_hour 20
    double cv = 0.8;
    double sigma2 = Math.log(1 + cv * cv);
    var truth = org.apache.commons.statistics.distribution.LogNormalDistribution.of(Math.log(mean) - sigma2 / 2,
        Math.sqrt(sigma2));
    for (String format : List.of("github", "git")) {
      Calibration c = fit(format);
      LawFit size = c.size();
      double p = org.apache.commons.statistics.inference.KolmogorovSmirnovTest.withDefaults()
          .test(c.sizes(), truth::cumulativeProbability).getPValue();
      assertTrue(p > 0.01, format + ": the true lognormal is not rejected by the sizes read back, KS p = " + p);
      double band = Z99 * mean * cv / Math.sqrt(size.n());
      assertEquals(mean, size.mean(), band, format + ": mean size");
      assertEquals(cv, size.cv(), 0.15, format + ": its spread");
    }
  }

  @Test
  void githubsReviewsRecoverTheDefectRate() {
    Calibration c = fit("github");
    // the share of PRs whose reviews asked for changes, with its 99% interval, turned into rates
    int asked = (int) Math.round(c.changesRequested() * c.roundsKnown());
    var share = new WilsonScoreInterval().createInterval(c.roundsKnown(), asked, 0.99);
    double low = DefectsFromRounds.rate(c.sizes(), share.getLowerBound(), 0.6, 400);
    double high = DefectsFromRounds.rate(c.sizes(), share.getUpperBound(), 0.6, 400);
    double fitted = DefectsFromRounds.rate(c.sizes(), c.changesRequested(), 0.6, 400);
    assertTrue(low <= 10 && 10 <= high, "defects_per_kloc 10 in [" + low + ", " + high + "], fitted " + fitted);
    System.out.printf("round trip: %d PRs, rate %.3f/w, size mean %.1f cv %.3f (%s), defects %.2f [%.2f, %.2f]%n",
        c.people(), c.throughputPerWeek(), c.size().mean(), c.size().cv(), c.size().family(), fitted, low, high);
  }

  @Test
  void theTimesAreTheSimulationsOwnToTheSecond() {
    double cycle = mean(prs.stream().mapToDouble(p -> p.merged() - p.codingStarted()).toArray());
    double pickup = mean(prs.stream().filter(p -> !p.reviews().isEmpty())
        .mapToDouble(p -> p.reviews().get(0).at() - p.opened()).toArray());
    double inReview = mean(prs.stream().mapToDouble(SimulatedRoundTripTest::reviewStays).toArray());
    double second = 1.0 / 3600 * HOURS_PER_DAY / 24 * 2; // two timestamps, each rounded to the second
    assertEquals(cycle, mean(fit("git").cycleHours()), second, "git: first commit to merge");
    assertEquals(cycle, mean(fit("stages").cycleHours()), second, "stages: coding to merged");
    assertEquals(cycle, mean(fit("jira").cycleHours()), second, "jira: In Progress to Done");
    assertEquals(pickup, mean(fit("github").pickupHours()), second, "github: opened to first review");
    StateTime review = fit("jira").states().stream().filter(t -> t.state().equals("In Review")).findFirst()
        .orElseThrow();
    assertEquals(inReview, review.meanHours(), second, "jira: time In Review, its stays summed");
  }

  /** The fitted scenario, backtested against the history it was fitted on, reproduces it: every value in its band. */
  @Test
  void theScenarioFittedToTheModelsOwnHistoryFitsIt() throws Exception {
    for (String format : List.of("github", "git", "stages")) {
      Calibration c = fit(format);
      Scenario fitted = ScenarioLoader.loadString(FittedScenario.yaml(c, "back"), "back.yaml",
          List.of("run.replications=40")).scenario();
      List<Backtest.Row> rows = Backtest.compare("fit", c, fitted, new dev.deliverysim.experiment.ReplicationRunner(2));
      for (Backtest.Row r : rows) {
        assertTrue(!r.comparable() || r.inside(), format + ": " + r);
      }
      assertTrue(rows.stream().filter(Backtest.Row::comparable).count() >= 3, format + ": " + rows);
    }
  }

  /** Hours the PR spent asking for review or being reviewed: from each review step to the next step or the merge. */
  private static double reviewStays(SimulatedPr p) {
    double sum = 0;
    List<SimulatedPr.Step> steps = p.steps();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).state().equals("review")) {
        sum += (i + 1 < steps.size() ? steps.get(i + 1).at() : p.merged()) - steps.get(i).at();
      }
    }
    return sum;
  }

  private static double mean(double[] x) {
    return Arrays.stream(x).average().orElseThrow();
  }
}
