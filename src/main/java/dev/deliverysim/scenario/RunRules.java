package dev.deliverysim.scenario;

import dev.deliverysim.model.StopRule;
import dev.deliverysim.scenario.spec.RunSpec;

/** Checks the {@code run} section: the stop rule (horizon, jobs, warm-up, drain) and the replications. */
final class RunRules {
  private final Locator at;

  RunRules(Locator at) {
    this.at = at;
  }

  StopRule stopRule(RunSpec run) {
    double horizon = run.horizon() != null ? run.horizon().hours() : Double.POSITIVE_INFINITY;
    long jobs = run.jobs() != null ? run.jobs() : 0;
    double warmup = run.warmup() != null ? run.warmup().hours() : 0;
    boolean drain = Boolean.TRUE.equals(run.drain());
    boolean ok = true;
    if (run.horizon() == null && run.jobs() == null) {
      at.error("run", "missing a stop rule: give run.horizon (such as 1000h) or run.jobs (a number of jobs)");
      ok = false;
    }
    if (run.horizon() != null && !(horizon > 0)) {
      at.error("run.horizon", "expected a duration > 0, received: 0");
      ok = false;
    } else if (run.horizon() != null && !(horizon <= RunBounds.MAX_HORIZON_HOURS)) {
      at.error("run.horizon", "expected a duration of at most 10^9 h (a hundred thousand working years),"
          + " received: " + hours(horizon));
      ok = false;
    }
    if (run.jobs() != null && jobs < 1) {
      at.error("run.jobs", "expected an integer ≥ 1, received: " + jobs);
      ok = false;
    }
    if (Double.isFinite(horizon) && warmup >= horizon) {
      at.error("run.warmup", "expected a warm-up shorter than the horizon (" + hours(horizon) + "), received: " + hours(warmup));
      ok = false;
    }
    if (drain && run.horizon() == null) {
      at.error("run.drain", "draining needs run.horizon: the time at which arrivals stop");
      ok = false;
    }
    return ok ? new StopRule(horizon, jobs, warmup, drain) : null;
  }

  private static String hours(double h) {
    return (h == Math.rint(h) && h < 1e15 ? Long.toString((long) h) : Double.toString(h)) + " h";
  }

  int replications(RunSpec run) {
    int n = run.replications() != null ? run.replications() : ScenarioCompiler.DEFAULT_REPLICATIONS;
    if (n < 1 || n > ScenarioCompiler.MAX_REPLICATIONS) {
      at.error("run.replications", "expected an integer from 1 to " + ScenarioCompiler.MAX_REPLICATIONS + ", received: " + n);
    }
    return n;
  }
}
