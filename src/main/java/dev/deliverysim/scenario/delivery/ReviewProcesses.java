package dev.deliverysim.scenario.delivery;

import dev.deliverysim.model.delivery.ReviewProcess;
import dev.deliverysim.model.delivery.ReviewProcess.Pickup;

/**
 * Checks and compiles how review requests reach reviewers. Every key is optional; left out, review
 * is a shared pool looked at whenever a job ends, as before these keys existed.
 */
final class ReviewProcesses {
  /** Sessions a day when pickup is by sessions and the scenario does not say: morning, noon, late afternoon. */
  static final double DEFAULT_SESSIONS_PER_DAY = 3;
  /** A session reviews for at most this long: beyond 60–90 minutes a reviewer skims (SmartBear/Cisco). */
  static final double DEFAULT_SESSION_CAP_HOURS = 1.5;
  /** Focus lost to an interruption: about a quarter of an hour to resume (Parnin and Rugaber 2011). */
  static final double DEFAULT_INTERRUPT_HOURS = 0.25;

  private final DeliveryCompiler compiler;
  private final double hoursPerDay;

  ReviewProcesses(DeliveryCompiler compiler, double hoursPerDay) {
    this.compiler = compiler;
    this.hoursPerDay = hoursPerDay;
  }

  /** The process, or null after reporting a problem. */
  ReviewProcess process(ReviewSpec r, String path) {
    int before = compiler.failures();
    ReviewProcess defaults = ReviewProcess.POOL_AT_JOB_END;
    Pickup pickup = r.pickup() != null ? r.pickup() : defaults.pickup();
    double perDay = r.sessionsPerDay() != null ? r.sessionsPerDay() : DEFAULT_SESSIONS_PER_DAY;
    compiler.expect(perDay > 0 && perDay <= 48, DeliveryCompiler.child(path, "sessions_per_day"),
        "a number of sessions > 0 and ≤ 48", perDay);
    double cap = r.sessionCap() != null ? r.sessionCap().hours() : DEFAULT_SESSION_CAP_HOURS;
    compiler.expect(cap > 0, DeliveryCompiler.child(path, "session_cap"), "a duration > 0", cap);
    double interrupt = r.interruptCost() != null ? r.interruptCost().hours() : DEFAULT_INTERRUPT_HOURS;
    onlyWith(r.sessionsPerDay() != null || r.sessionCap() != null, pickup == Pickup.SESSIONS, path,
        r.sessionsPerDay() != null ? "sessions_per_day" : "session_cap", "pickup: sessions");
    onlyWith(r.interruptCost() != null, pickup == Pickup.INTERRUPT, path, "interrupt_cost", "pickup: interrupt");
    onlyWith(r.assignBy() != null, r.assignment() == ReviewProcess.Assignment.ASSIGNED, path, "assign_by",
        "assignment: assigned");
    if (compiler.failures() > before) {
      return null;
    }
    return compiler.build(path, () -> new ReviewProcess(
        r.assignment() != null ? r.assignment() : defaults.assignment(),
        r.assignBy() != null ? r.assignBy() : defaults.assignBy(),
        pickup, hoursPerDay / perDay, cap, interrupt));
  }

  /** A key that only means something with another setting is a mistake without it. */
  private void onlyWith(boolean given, boolean setting, String path, String key, String needed) {
    if (given && !setting) {
      compiler.error(DeliveryCompiler.child(path, key), key + " applies only with " + needed);
    }
  }
}
