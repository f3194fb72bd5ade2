package dev.deliverysim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code optimize} finds a planted answer that queueing theory gives in closed form. */
class OptimizeStudyTest {
  /** M/M/c with λ = 4/h and μ = 1/h per server: the servers are the lever. */
  private static final String MMC = """
      name: mmc
      run: {replications: 20, seed: 7, horizon: 3000h, warmup: 300h}
      job_classes:
        - {name: job, arrivals: {rate: 4}, enter: server}
      stations:
        - {name: server, servers: 5, service: {exponential: {mean: 1h}}}
      """;

  @TempDir Path tmp;

  /** Erlang C: the chance an arrival waits in M/M/c with offered load a = λ/μ. */
  static double erlangC(int c, double a) {
    double sum = 0;
    double term = 1;
    for (int k = 0; k < c; k++) {
      sum += term;
      term *= a / (k + 1);
    }
    double last = term * c / (c - a); // a^c / c! · c/(c − a)
    return last / (sum + last);
  }

  /** Mean wait in queue, W_q = C(c, a) / (cμ − λ), hours. */
  static double waitInQueue(int c) {
    return erlangC(c, 4) / (c - 4.0);
  }

  private static LoadedScenario mmc() throws Exception {
    return ScenarioLoader.loadString(MMC, "mmc.yaml", List.of());
  }

  private static OptimizeStudy.Result optimize(String target, Double budget, String... levers) throws Exception {
    return OptimizeStudy.run(mmc(), new OptimizeStudy.Options(2, target, List.of(levers), budget, 0.95),
        StudyListener.SILENT, Cancellation.none());
  }

  @Test
  void bisectionFindsTheFewestServersThatErlangCSays() throws Exception {
    // theory: W_q(6) = 0.142 h, W_q(7) = 0.040 h; a 6-minute target needs 7 servers
    assertTrue(waitInQueue(6) > 0.12 && waitInQueue(7) < 0.05, "the target lies well between c = 6 and 7");
    OptimizeStudy.Result result = optimize("wait_mean@server<=6m", null, "stations[0].servers=5:16");
    assertNotNull(result.chosen());
    assertEquals(List.of("7"), result.chosen().setting());
    assertTrue(result.points().size() <= 6, "bisection runs a few of the 12 settings: " + result.points().size());
    assertEquals(waitInQueue(7), result.chosen().mean(), 0.25 * waitInQueue(7), "the simulated wait is Erlang C's");
    Path out = OptimizeStudy.write(result, tmp.resolve("opt"), new Invocation("test", List.of()), StudyListener.SILENT);
    assertTrue(Files.readString(out.resolve("optimize.csv")).contains("\n7,"));
    assertTrue(Files.exists(out.resolve("frontier.png")) && Files.exists(out.resolve("report.html")));
  }

  @Test
  void aTargetNoSettingMeetsIsSaidSo() throws Exception {
    assertNull(optimize("wait_mean@server<=1s", null, "stations[0].servers=5:7").chosen());
  }

  @Test
  void withABudgetTheBestAffordableSettingIsChosen() throws Exception {
    // cost without money is the lever's value: at most 6 servers, the best is 6
    OptimizeStudy.Result result = optimize("wait_mean@server<=6m", 6.0, "stations[0].servers=5:8");
    assertEquals(List.of("6"), result.chosen().setting());
    assertEquals(1, result.subset().size(), "5 servers wait far longer: not a contender");
  }

  @Test
  void badTargetsAndLeversAreInputErrors() {
    StudyInputException unknown = assertThrows(StudyInputException.class,
        () -> optimize("wait_mean@servr<=6m", null, "stations[0].servers=5:8"));
    assertTrue(unknown.getMessage().contains("did you mean 'wait_mean@server'"), unknown.getMessage());
    StudyInputException bare = assertThrows(StudyInputException.class,
        () -> optimize("wait_mean@server<=6", null, "stations[0].servers=5:8"));
    assertTrue(bare.getMessage().contains("with its unit"), bare.getMessage());
    assertThrows(StudyInputException.class, () -> optimize("wait_mean@server<=6m", null, "stations[0].servers=a,b"));
    assertThrows(StudyInputException.class, () -> optimize("wait_mean@server<=6m", null));
  }
}
