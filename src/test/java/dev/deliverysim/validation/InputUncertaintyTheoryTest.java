package dev.deliverysim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.InputUncertainty;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.study.RunStudy;
import dev.deliverysim.study.StudyListener;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Second-order Monte Carlo against a closed form: an M/M/1 queue (μ = 1/h) whose arrival rate is
 * known only to lie between a = 0.5/h and b = 0.8/h (uniform). Given λ, the mean time in system is
 * W(λ) = 1/(μ − λ) (GSTH §2.2); over the input's law its mean is the integral
 * E[W] = (1/(b − a)) ∫_a^b dλ/(μ − λ) = ln((μ − a)/(μ − b))/(b − a) = ln(2.5)/0.3 = 3.054 h — not
 * W at the mean rate, 1/(1 − 0.65) = 2.857 h (Jensen: the queue punishes high demand more than it
 * rewards low) — and its spread over the inputs is sd[W(λ)] = √(E[W²] − E[W]²) with
 * E[W²] = (1/(b − a))(1/(μ − b) − 1/(μ − a)) = 10, so 0.820 h. Throughput given λ is λ: its mean
 * over the input is 0.65/h and its spread (b − a)/√12 = 0.0866/h, almost all of it from the input.
 * (A test, not a {@code *Validation} suite: the validation ledger of docs/validation.md lists point
 * measures of networks; this checks a run's split of its spread.)
 */
class InputUncertaintyTheoryTest {
  private static final String MM1 = """
      name: mm1-uncertain-demand
      run: {replications: 400, seed: 17, horizon: 20000h, warmup: 2000h}
      job_classes:
        - {name: job, arrivals: {rate: 0.65}, enter: server}
      stations:
        - {name: server, servers: 1, service: {exponential: {mean: 1h}}}
      uncertainty:
        replications_per_draw: 2
        inputs:
          - {path: "job_classes[0].arrivals.rate", uniform: {min: 0.5, max: 0.8}}
      """;

  @Test
  void theMeanOverTheInputsLawMatchesTheIntegralNotTheNominalRate() throws Exception {
    LoadedScenario loaded = ScenarioLoader.loadString(MM1, "mm1-uncertain.yaml", List.of());
    RunStudy.Result result = RunStudy.run(loaded, new RunStudy.Options(2, null, true), StudyListener.SILENT,
        Cancellation.none());
    List<InputUncertainty.Split> splits = RunStudy.uncertainty(result);
    InputUncertainty.Split w = splits.stream().filter(s -> s.key().label().equals("sojourn_mean")).findFirst()
        .orElseThrow();
    double expected = Math.log(2.5) / 0.3;
    assertEquals(200, w.draws());
    assertTrue(w.ci95Low() <= expected && expected <= w.ci95High(), w.toString());
    assertEquals(expected, w.mean(), 0.05 * expected, "within 5% of the integral");
    assertTrue(w.ci95High() < 1 / (1 - 0.65) + 0.05 || w.ci95Low() > 1 / (1 - 0.65),
        "the nominal rate's W, 2.857 h, is not the answer: " + w);
    assertEquals(0.820, w.sdInput(), 0.2 * 0.820, "the spread over the input, within 20%");
    assertTrue(w.sdNoise() < w.sdInput(), "long replications: the input dominates " + w);
    InputUncertainty.Split throughput = splits.stream().filter(s -> s.key().label().equals("throughput"))
        .findFirst().orElseThrow();
    assertEquals(0.65, throughput.mean(), 0.01);
    assertEquals(0.3 / Math.sqrt(12), throughput.sdInput(), 0.1 * 0.3 / Math.sqrt(12));
    assertTrue(throughput.inputShare() > 0.95, throughput.toString());
    // summary.json's interval is the draws' one: as wide as 200 draws allow, not as 400 replications
    assertEquals(w.ci95High() - w.ci95Low(), result.summary().get("sojourn_mean").ci95High()
        - result.summary().get("sojourn_mean").ci95Low(), 1e-12);
  }
}
