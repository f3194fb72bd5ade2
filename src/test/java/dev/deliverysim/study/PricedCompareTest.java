package dev.deliverysim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.experiment.money.Money;
import dev.deliverysim.experiment.money.PricedComparison;
import dev.deliverysim.experiment.money.VariantReturn;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A priced comparison: money paired replication by replication, the CFO's return, and nothing without costs. */
class PricedCompareTest {
  private static final List<String> SHORT = List.of("run.replications=6", "run.horizon=12w", "run.warmup=2w");

  @TempDir Path tmp;

  private static LoadedScenario load(String file, LoadedScenario base, String... more) throws Exception {
    List<String> overrides = new ArrayList<>(base == null ? SHORT : CompareStudy.variantOverrides(SHORT, base.scenario()));
    overrides.addAll(List.of(more));
    return ScenarioLoader.load(Path.of("scenarios", file), overrides);
  }

  private static CompareStudy.Result compare(List<LoadedScenario> loaded) throws Exception {
    return CompareStudy.run(loaded, new CompareStudy.Options(2, List.of()), StudyListener.SILENT, Cancellation.none());
  }

  @Test
  void aHireCostsItsLoadedHoursAndTheNetIsTheValueGainedLessEveryCost() throws Exception {
    LoadedScenario base = load("small-team.yaml", null);
    CompareStudy.Result result = compare(List.of(base, load("small-team-hire.yaml", base)));
    PricedComparison money = result.money();
    assertTrue(money.present());
    // one more developer at $91 an hour, 13 weeks of 40 hours: certain, so a zero-width interval
    MetricDifference people = money.difference("small-team-hire", Money.PEOPLE);
    assertEquals(91.0 * 520, people.difference(), 1e-6);
    assertEquals(people.ci95Low(), people.ci95High(), 1e-6);
    VariantReturn r = VariantReturn.of(money, "small-team-hire");
    double value = money.difference("small-team-hire", Money.VALUE).difference();
    double total = money.difference("small-team-hire", Money.TOTAL).difference();
    assertEquals(value - total, r.net().difference(), 1e-6 * Math.abs(total));
    assertEquals(r.net().difference() / r.spending().difference(), r.roi(), 1e-12);
    assertEquals(total - r.spending().difference(), r.losses(), 1e-6 * Math.abs(total));
    // the value is the features' difference priced, replication by replication
    MetricDifference features = result.byVariant().get("small-team-hire").stream()
        .filter(d -> d.key().label().equals("features_delivered")).findFirst().orElseThrow();
    assertEquals(15_000 * 13 * features.difference(), value, 1e-6 * Math.max(1, Math.abs(value)));
    Path out = CompareStudy.write(result, tmp.resolve("cmp"), new Invocation("test", List.of()), StudyListener.SILENT);
    assertTrue(Files.exists(out.resolve(CompareStudy.MONEY_CSV)));
    assertTrue(Files.readString(out.resolve("report.html")).contains("For the CFO"));
  }

  @Test
  void aiSeatsArePaidForEveryDeveloperWhenAiIsOn() throws Exception {
    LoadedScenario base = load("small-team.yaml", null);
    CompareStudy.Result result = compare(List.of(base, load("small-team-ai.yaml", base)));
    MetricDifference seats = result.money().difference("small-team-ai", Money.AI_SEATS);
    assertEquals(0, seats.baseMean());
    assertEquals(6 * 19 * 3, seats.variantMean(), 1e-9);       // six seats, three months a quarter
  }

  @Test
  void aVariantInAnotherCurrencyIsLeftOutOfTheMoneyWithAWarning() throws Exception {
    LoadedScenario base = load("small-team.yaml", null);
    LoadedScenario euro = load("small-team-hire.yaml", base, "costs.currency=EUR");
    List<LoadedScenario> loaded = List.of(base, euro);
    assertTrue(CompareStudy.warnings(loaded).stream().anyMatch(w -> w.contains("left out of the money")));
    PricedComparison money = compare(loaded).money();
    assertEquals(List.of("small-team-hire"), money.unpriced());
    assertFalse(money.byVariant().containsKey("small-team-hire"));
  }

  @Test
  void withoutCostsThereIsNoMoneyAndNoMoneyFile() throws Exception {
    List<String> shortRun = List.of("run.replications=3", "run.horizon=300h", "run.warmup=30h");
    LoadedScenario base = ScenarioLoader.load(Path.of("scenarios/mm1.yaml"), shortRun);
    CompareStudy.Result result = compare(List.of(base, ScenarioLoader.load(Path.of("scenarios/mm1.yaml"),
        CompareStudy.variantOverrides(shortRun, base.scenario()))));
    assertFalse(result.money().present());
    Path out = CompareStudy.write(result, tmp.resolve("plain"), new Invocation("test", List.of()), StudyListener.SILENT);
    assertFalse(Files.exists(out.resolve(CompareStudy.MONEY_CSV)));
    assertFalse(Files.readString(out.resolve("report.html")).contains("For the CFO"));
  }

  @Test
  void withUncertainInputsMoneyIsPairedDrawByDraw() throws Exception {
    LoadedScenario base = load("small-team-ai-range.yaml", null);
    CompareStudy.Result result = compare(List.of(base, load("small-team-ai-range.yaml", base, "name=hire",
        "delivery.teams[devs].headcount=7")));
    MetricDifference spending = result.money().difference("hire", dev.deliverysim.experiment.money.Money.SPENDING);
    assertEquals(3, spending.n(), "6 replications in draws of 2: 3 pairs");
    assertTrue(spending.difference() > 0, "a seventh developer costs more");
  }
}
