package dev.deliverysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Weibull;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How replications stop and what they measure at the edges. */
class StopRuleBehaviourTest {
  private static NetworkDef mm1(dev.deliverysim.engine.Distribution service, int servers) {
    return new NetworkDef(
        List.of(new StationDef("s", servers, StationDef.UNLIMITED, WhenFull.LOSE, Discipline.FIFO,
            List.of(service), List.of(Routing.exit()))),
        List.of(new JobClassDef("job", 0, new Exponential(1.25), Routing.to(0))));
  }

  @Test
  void aJobLimitCountsOnlyDeparturesAfterTheWarmUp() {
    // a limit of 100 jobs is reached long before a 1000 h warm-up ends; the run must go on
    NetworkModel model = new NetworkModel(mm1(new Exponential(1), 1), new StopRule(Double.POSITIVE_INFINITY, 100, 1000, false));
    for (int r = 0; r < 3; r++) {
      Outcome o = Outcome.of(model, r);
      assertEquals(100, o.get("departures"), "replication " + r);
      assertTrue(o.get("observed_time") > 0 && o.get("observed_time") < 1000, "measured after the warm-up");
    }
  }

  @Test
  void aHeavyTailedLawDoesNotBreakThePercentiles() {
    // Weibull shape 0.1 spans 10^-20 h to 10^4 h: wider than the histogram holds unclamped
    NetworkModel model = new NetworkModel(mm1(new Weibull(0.1, 1), StationDef.UNLIMITED), new StopRule(1000, 0, 0, false));
    Outcome o = Outcome.of(model, 0);
    assertTrue(o.get("sojourn_p95") > o.get("sojourn_p50"));
  }
}
