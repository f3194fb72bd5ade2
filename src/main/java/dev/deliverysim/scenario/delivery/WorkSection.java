package dev.deliverysim.scenario.delivery;

import static dev.deliverysim.scenario.delivery.DeliveryCompiler.child;
import static dev.deliverysim.scenario.delivery.DeliveryCompiler.orDefault;
import static dev.deliverysim.scenario.delivery.DeliveryCompiler.DEFAULT_DEFECTS_PER_KLOC;
import static dev.deliverysim.scenario.delivery.DeliveryCompiler.DEFAULT_LINES_PER_HOUR;
import static dev.deliverysim.scenario.delivery.DeliveryCompiler.DEFAULT_REWORK_HOURS_PER_DEFECT;
import static dev.deliverysim.scenario.delivery.DeliveryCompiler.MAX_MEAN_TASKS_PER_FEATURE;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.model.delivery.BugsDef;
import dev.deliverysim.model.delivery.FeatureSource;
import dev.deliverysim.model.delivery.QualityDef;
import dev.deliverysim.model.delivery.WorkDef;
import dev.deliverysim.scenario.spec.ArrivalsSpec;
import dev.deliverysim.scenario.spec.DistributionSpec;

/**
 * The {@code work} and {@code quality} sections of a delivery scenario: where features come from,
 * how they split into tasks and PRs, chores, defects and the bug tickets escaped ones become.
 * Problems go to the {@link DeliveryCompiler}, at their paths.
 */
final class WorkSection {
  private final DeliveryCompiler compiler;

  WorkSection(DeliveryCompiler compiler) {
    this.compiler = compiler;
  }

  WorkDef work(WorkSpec spec, String path) {
    int before = compiler.failures();
    FeatureSource source = source(spec, path);
    Distribution tasks = spec.tasksPerFeature() != null
        ? compiler.law(spec.tasksPerFeature(), child(path, "tasks_per_feature"))
        : new Fixed(1);
    if (tasks != null && !(tasks.mean() <= MAX_MEAN_TASKS_PER_FEATURE)) {
      compiler.error(child(path, "tasks_per_feature"), "expected a mean of at most " + MAX_MEAN_TASKS_PER_FEATURE
          + " tasks per feature (a count, not a duration), received: " + tasks.describe());
    }
    Distribution effort = compiler.law(spec.taskEffort(), child(path, "task_effort"));
    double lines = orDefault(spec.linesPerHour(), DEFAULT_LINES_PER_HOUR);
    compiler.expect(lines > 0, child(path, "lines_per_hour"), "a number > 0", lines);
    Distribution prs = spec.prsPerTask() != null ? count(spec.prsPerTask(), child(path, "prs_per_task"), "PRs per task")
        : new Fixed(1);
    Distribution chores = spec.chores() != null
        ? chores(spec.chores().effort(), child(child(path, "chores"), "effort"), "a chore") : null;
    return compiler.failures() > before ? null
        : compiler.build(path, () -> new WorkDef(source, tasks, effort, lines, prs, chores));
  }

  /** Beneath this a chore is not a task, and chores taken back to back would flood the run with events. */
  static final double MIN_MEAN_CHORE_HOURS = 0.25;

  /** The effort of a task outside features (a chore, a bug's fix): at least 15 minutes on average. */
  private Distribution chores(DistributionSpec spec, String path, String what) {
    Distribution effort = compiler.law(spec, path);
    if (effort != null && !(effort.mean() >= MIN_MEAN_CHORE_HOURS)) {
      compiler.error(path, "expected a law with a mean of at least 15m (" + what + " is a task of its own),"
          + " received: " + effort.describe());
      return null;
    }
    return effort;
  }

  /** A law of counts (a plain number is itself), with a mean small enough to be a count. */
  Distribution count(DistributionSpec spec, String path, String what) {
    Distribution law = compiler.law(spec, path);
    if (law != null && !(law.mean() <= MAX_MEAN_TASKS_PER_FEATURE)) {
      compiler.error(path, "expected a mean of at most " + MAX_MEAN_TASKS_PER_FEATURE + " " + what
          + " (a count, not a duration), received: " + law.describe());
      return null;
    }
    return law;
  }

  /** Arrivals over time, or a backlog requested at the start: exactly one. */
  private FeatureSource source(WorkSpec spec, String path) {
    if ((spec.features() == null) == (spec.backlog() == null)) {
      compiler.error(path, "expected exactly one of features (arrivals over time) or backlog (a number of"
          + " features requested at the start)");
      return null;
    }
    if (spec.backlog() != null) {
      compiler.expect(spec.backlog() >= 1, child(path, "backlog"), "an integer ≥ 1", spec.backlog());
      return spec.backlog() >= 1 ? new FeatureSource.Backlog(spec.backlog()) : null;
    }
    Distribution interarrival = features(spec.features(), child(path, "features"));
    return interarrival == null ? null : new FeatureSource.Arrivals(interarrival);
  }

  private Distribution features(ArrivalsSpec spec, String path) {
    if ((spec.rate() == null) == (spec.interarrival() == null)) {
      compiler.error(path, "expected exactly one of rate (a Poisson stream) or interarrival (a law)");
      return null;
    }
    if (spec.rate() != null) {
      return new Exponential(1 / spec.rate().perHour());
    }
    Distribution law = compiler.law(spec.interarrival(), child(path, "interarrival"));
    if (law != null && !(law.mean() > 0)) {
      compiler.error(child(path, "interarrival"),
          "expected a law with a mean > 0 (arrivals must be spread in time), received: " + law.describe());
      return null;
    }
    return law;
  }

  QualityDef quality(QualitySpec spec, String path) {
    QualitySpec q = spec != null ? spec : new QualitySpec(null, null, null);
    int before = compiler.failures();
    double defects = orDefault(q.defectsPerKloc(), DEFAULT_DEFECTS_PER_KLOC);
    compiler.expect(defects >= 0, child(path, "defects_per_kloc"), "a number ≥ 0", defects);
    double rework = q.reworkPerDefect() != null ? q.reworkPerDefect().hours() : DEFAULT_REWORK_HOURS_PER_DEFECT;
    BugsDef bugs = BugsDef.NONE;
    if (q.bugTickets() != null) {
      String at = child(path, "bug_tickets");
      double share = compiler.probability(q.bugTickets().share(), 1, child(at, "share"));
      Distribution after = compiler.law(q.bugTickets().reportedAfter(), child(at, "reported_after"));
      Distribution fix = chores(q.bugTickets().fixEffort(), child(at, "fix_effort"), "a fix");
      bugs = after == null || fix == null || !(share >= 0 && share <= 1) ? null : new BugsDef(share, after, fix);
    }
    BugsDef bugTickets = bugs;
    return compiler.failures() > before ? null : compiler.build(path, () -> new QualityDef(defects, rework, bugTickets));
  }
}
