package dev.deliverysim.scenario.delivery;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.model.delivery.AiDef;
import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.model.delivery.CadenceDef;
import dev.deliverysim.model.delivery.CoordinationDef;
import dev.deliverysim.model.delivery.FlowLimits;
import dev.deliverysim.model.delivery.IncidentsDef;
import dev.deliverysim.model.delivery.GateDef;
import dev.deliverysim.model.delivery.Policy;
import dev.deliverysim.model.delivery.QualityDef;
import dev.deliverysim.model.delivery.ReviewDef;
import dev.deliverysim.model.delivery.ReviewProcess;
import dev.deliverysim.model.delivery.OwnersDef;
import dev.deliverysim.model.delivery.TeamDef;
import dev.deliverysim.model.delivery.WorkDef;
import dev.deliverysim.scenario.spec.DistributionSpec;
import dev.deliverysim.scenario.tree.Spelling;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Checks a bound {@link DeliverySpec} for what types alone cannot catch (ranges, unique names, who
 * can do which work) and compiles it into a {@link DeliveryDef}. Like the scenario compiler, it
 * goes on after a problem so that all of them are reported in one pass, each at its path.
 *
 * <p>Problems go to an {@link ErrorSink}; distributions are compiled by the function given, which
 * reports its own problems and returns null after doing so.
 */
public final class DeliveryCompiler {
  public static final double DEFAULT_LINES_PER_HOUR = 25;
  /** Beyond this a feature is not a feature: most likely a duration written where a count goes. */
  public static final double MAX_MEAN_TASKS_PER_FEATURE = 1000;
  public static final double DEFAULT_DEFECTS_PER_KLOC = 10;
  public static final double DEFAULT_REWORK_HOURS_PER_DEFECT = 1;
  public static final double DEFAULT_REVIEW_LINES_PER_HOUR = 300;
  public static final double DEFAULT_REVIEW_MINIMUM_HOURS = 0.5;
  public static final double DEFAULT_REVIEW_DETECTION = 0.6;
  public static final double DEFAULT_FOCUSED_LINES = 400;
  public static final Policy DEFAULT_POLICY = Policy.REVIEW_FIRST;

  private final ErrorSink sink;
  private final double hoursPerDay;
  private final BiFunction<DistributionSpec, String, Distribution> distributions;
  /** Problems found so far, counting distributions that failed (they report themselves). */
  private int failures;

  public DeliveryCompiler(ErrorSink sink, BiFunction<DistributionSpec, String, Distribution> distributions) {
    this(sink, distributions, 8);
  }

  /** {@code hoursPerDay}: a working day's length, for what the scenario counts per day. */
  public DeliveryCompiler(ErrorSink sink, BiFunction<DistributionSpec, String, Distribution> distributions,
      double hoursPerDay) {
    this.sink = sink;
    this.distributions = distributions;
    this.hoursPerDay = hoursPerDay;
  }

  /** The delivery model, or null after reporting problems; {@code path} is where the section sits. */
  public DeliveryDef compile(DeliverySpec spec, String path) {
    int before = failures;
    WorkDef work = new WorkSection(this).work(spec.work(), child(path, "work"));
    List<TeamDef> teams = new Staffing(this).teams(spec.teams(), Gates.skillsNeeded(spec.gates()), child(path, "teams"));
    QualityDef quality = new WorkSection(this).quality(spec.quality(), child(path, "quality"));
    ReviewDef review = review(spec.review(), child(path, "review"));
    if (review != null && spec.review() != null && spec.review().owners() != null) {
      OwnersDef owners = owners(spec.review().owners(), spec.teams(), review.approvals(), child(child(path, "review"), "owners"));
      review = owners == null ? null : review.withOwners(owners);
    }
    List<GateDef> gates = new Gates(this).gates(spec.gates(), spec.teams(), child(path, "gates"));
    List<String> gateNames = spec.gates() == null ? List.of() : spec.gates().stream().map(GateSpec::name).toList();
    AiDef ai = new AiSection(this).ai(spec.ai(), gateNames, child(path, "ai"));
    Policy policy = spec.policy() != null ? spec.policy() : DEFAULT_POLICY;
    int openPrs = openPrsPerAuthor(spec.wipLimits(), child(path, "wip_limits"));
    FlowLimits limits = flowLimits(spec.wipLimits(), gates, spec.gates(), child(path, "wip_limits"));
    IncidentsDef incidents = incidents(spec.incidents(), child(path, "incidents"));
    CoordinationDef coordination = coordination(spec.coordination(), child(path, "coordination"));
    CadenceDef cadence = cadence(spec.cadence(), child(path, "cadence"));
    if (failures > before) {
      return null;
    }
    ReviewDef reviewDef = review;
    return build(path, () -> DeliveryDef.builder(work, teams, quality, reviewDef, ai, policy).gates(gates)
        .openPrsPerAuthor(openPrs).incidents(incidents).coordination(coordination).cadence(cadence)
        .limits(limits).build());
  }

  /** Continuous deployment and no sprints when the section is absent. */
  private CadenceDef cadence(CadenceSpec spec, String path) {
    if (spec == null) {
      return CadenceDef.CONTINUOUS;
    }
    double deployEvery = spec.deployEvery() != null ? spec.deployEvery().hours() : 0;
    double sprint = spec.sprint() != null ? spec.sprint().hours() : 0;
    int capacity = spec.tasksPerSprint() != null ? spec.tasksPerSprint() : 0;
    boolean ok = true;
    if (sprint > 0 && spec.tasksPerSprint() == null) {
      error(path, "missing required field 'tasks_per_sprint': how many tasks a sprint commits");
      ok = false;
    } else if (sprint > 0 && capacity < 1) {
      expect(false, child(path, "tasks_per_sprint"), "an integer ≥ 1", capacity);
      ok = false;
    }
    if (spec.sprint() == null && spec.tasksPerSprint() != null) {
      error(child(path, "tasks_per_sprint"), "a capacity without a sprint: give cadence.sprint too");
      ok = false;
    }
    for (String key : new String[] {"commit", "velocity_window"}) {
      Object given = key.equals("commit") ? spec.commit() : spec.velocityWindow();
      if (given != null && spec.sprint() == null) {
        error(child(path, key), "a sprint commitment rule without a sprint: give cadence.sprint too");
        ok = false;
      }
    }
    CadenceDef.Commit commit = spec.commit() != null ? spec.commit() : CadenceDef.Commit.FIXED;
    int window = spec.velocityWindow() != null ? spec.velocityWindow() : 3;
    if (window < 1 || window > 52) {
      expect(false, child(path, "velocity_window"), "a number of sprints from 1 to 52", window);
      ok = false;
    }
    return ok ? new CadenceDef(deployEvery, sprint, capacity, commit, window) : null;
  }

  /** None when the section is absent; a conflict chance needs a resolve effort. */
  private CoordinationDef coordination(CoordinationSpec spec, String path) {
    if (spec == null) {
      return CoordinationDef.NONE;
    }
    double chance = orDefault(spec.conflictChancePerMerge(), 0);
    boolean valid = chance >= 0 && chance < 1;
    expect(valid, child(path, "conflict_chance_per_merge"), "a probability ≥ 0 and < 1", chance);
    Distribution resolve = new Fixed(0);
    if (spec.resolve() != null) {
      resolve = law(spec.resolve(), child(path, "resolve"));
    } else if (chance > 0) {
      error(path, "missing required field 'resolve': the effort to resolve a merge conflict");
    }
    double switching = spec.contextSwitch() != null ? spec.contextSwitch().hours() : 0;
    double perOpenPr = spec.perOpenPr() != null ? spec.perOpenPr().hours() : 0;
    return resolve == null || !valid ? null : new CoordinationDef(chance, resolve, switching, perOpenPr);
  }

  /** None when the section is absent; then escaped defects are counted but cause no work. */
  private IncidentsDef incidents(IncidentsSpec spec, String path) {
    if (spec == null) {
      return IncidentsDef.NONE;
    }
    double p = probability(spec.perEscapedDefect(), 1, child(path, "per_escaped_defect"));
    Distribution delay = spec.surfacesAfter() != null
        ? law(spec.surfacesAfter(), child(path, "surfaces_after"))
        : new Fixed(0);
    Distribution restore = law(spec.restore(), child(path, "restore"));
    boolean interrupts = spec.interrupts() != null && spec.interrupts();
    boolean valid = p >= 0 && p <= 1; // reported by probability(); the definition would refuse it again
    return delay == null || restore == null || !valid ? null : new IncidentsDef(p, delay, restore, interrupts);
  }

  /** No limits when the section is absent; each absent key is no limit. Gates are named. */
  private FlowLimits flowLimits(WipLimitsSpec spec, List<GateDef> gates, List<GateSpec> gateSpecs, String path) {
    if (spec == null) {
      return FlowLimits.NONE;
    }
    int review = atLeastOne(spec.reviewQueue(), child(path, "review_queue"));
    int inProgress = atLeastOne(spec.inProgress(), child(path, "in_progress"));
    List<Integer> gateQueues = new ArrayList<>();
    List<String> names = gateSpecs == null ? List.of() : gateSpecs.stream().map(GateSpec::name).toList();
    names.forEach(name -> gateQueues.add(0));
    if (spec.gateQueues() != null) {
      spec.gateQueues().forEach((gate, limit) -> {
        String at = child(child(path, "gate_queues"), gate);
        int g = names.indexOf(gate);
        if (g < 0) {
          String hint = Spelling.hint(gate, names);
          error(at, "unknown gate '" + gate + "'" + hint + (names.isEmpty() ? "; there are no gates"
              : "; gates are: " + dev.deliverysim.scenario.tree.Names.listed(names)));
        } else {
          gateQueues.set(g, atLeastOne(limit, at));
        }
      });
    }
    return new FlowLimits(review, inProgress, gates.size() == names.size() ? gateQueues : List.of());
  }

  /** 0 (no limit) when absent; otherwise an integer ≥ 1. */
  private int atLeastOne(Integer limit, String path) {
    if (limit == null) {
      return 0;
    }
    expect(limit >= 1, path, "an integer ≥ 1", limit);
    return Math.max(0, limit);
  }

  /** 0, meaning no limit, when the section or the key is absent. */
  private int openPrsPerAuthor(WipLimitsSpec spec, String path) {
    if (spec == null || spec.openPrsPerAuthor() == null) {
      return 0;
    }
    int limit = spec.openPrsPerAuthor();
    expect(limit >= 1, child(path, "open_prs_per_author"), "an integer ≥ 1", limit);
    return limit;
  }

  private ReviewDef review(ReviewSpec spec, String path) {
    ReviewSpec r = spec != null ? spec : new ReviewSpec(null, null, null, null, null, null, null, null, null, null, null, null, null);
    int before = failures;
    double rate = orDefault(r.linesPerHour(), DEFAULT_REVIEW_LINES_PER_HOUR);
    expect(rate > 0, child(path, "lines_per_hour"), "a number > 0", rate);
    double minimum = r.minimum() != null ? r.minimum().hours() : DEFAULT_REVIEW_MINIMUM_HOURS;
    double detection = probability(r.detection(), DEFAULT_REVIEW_DETECTION, child(path, "detection"));
    double focused = orDefault(r.focusedLines(), DEFAULT_FOCUSED_LINES);
    expect(focused > 0, child(path, "focused_lines"), "a number of lines > 0", focused);
    int approvals = r.approvals() != null ? r.approvals() : 1;
    expect(approvals == 1 || approvals == 2, child(path, "approvals"), "1 or 2", approvals);
    ReviewProcess process = new ReviewProcesses(this, hoursPerDay).process(r, path);
    double maxEffort = r.maxEffort() != null ? r.maxEffort().hours() : Double.POSITIVE_INFINITY;
    expect(maxEffort > 0, child(path, "max_effort"), "a duration > 0", maxEffort);
    return failures > before ? null
        : build(path, () -> new ReviewDef(rate, minimum, detection, focused, approvals, process, maxEffort));
  }

  /**
   * The owners' team must exist, review, and have enough members that a PR always finds owners
   * other than its author for every approval it needs.
   */
  private OwnersDef owners(OwnersSpec spec, List<TeamSpec> teams, int approvals, String path) {
    double share = probability(spec.share(), 1, child(path, "share"));
    List<TeamSpec> all = teams == null ? List.of() : teams;
    TeamSpec team = all.stream().filter(t -> spec.team().equals(t.name())).findFirst().orElse(null);
    if (team == null) {
      List<String> names = all.stream().map(TeamSpec::name).toList();
      String hint = Spelling.hint(spec.team(), names);
      error(child(path, "team"), "unknown team '" + spec.team() + "'" + hint + "; teams are: "
          + dev.deliverysim.scenario.tree.Names.listed(names));
      return null;
    }
    boolean reviews = team.skills() != null && team.skills().stream().anyMatch(s -> s.equalsIgnoreCase("review"));
    if (!reviews) {
      error(child(path, "team"), "team '" + team.name() + "' cannot review: give it the review skill");
      return null;
    }
    int headcount = team.headcount() == null ? 0 : team.headcount();
    if (headcount < approvals + 1) {
      error(child(path, "team"), "expected an owners' team of at least " + (approvals + 1) + " people (an owner's"
          + " own PR needs " + approvals + " other owner" + (approvals == 1 ? "" : "s") + "), received: "
          + headcount);
      return null;
    }
    return share >= 0 && share <= 1 ? new OwnersDef(team.name(), share) : null;
  }

  /** Reports each repeated name at {@code path[i].name}. */
  <T> void uniqueNames(List<T> items, Function<T, String> name, String path) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String n = name.apply(items.get(i));
      if (!seen.add(n)) {
        error(path + "[" + i + "].name", "duplicate name '" + n + "'; names must be unique");
      }
    }
  }

  Distribution law(DistributionSpec spec, String path) {
    Distribution law = distributions.apply(spec, path);
    if (law == null) {
      failures++;
    }
    return law;
  }

  /** A blank name would print as nothing in every table and name no column: refused, located. */
  boolean named(String name, String path) {
    if (name != null && name.isBlank()) {
      error(path, "expected a name with at least one visible character, received: \"" + name + "\"");
      return false;
    }
    return true;
  }

  double probability(Double value, double fallback, String path) {
    double p = orDefault(value, fallback);
    expect(p >= 0 && p <= 1, path, "a probability between 0 and 1", p);
    return p;
  }

  double multiplier(Double value, String path) {
    double m = orDefault(value, 1);
    expect(m > 0, path, "a multiplier > 0", m);
    return m;
  }

  void expect(boolean ok, String path, String expected, double received) {
    if (!ok) {
      error(path, "expected " + expected + ", received: " + shown(received));
    }
  }

  /**
   * Builds a definition whose constructor validates again; the checks above should leave it
   * nothing to reject, but if it does, its message is still reported at the right place.
   */
  <T> T build(String path, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      error(path, e.getMessage());
      return null;
    }
  }

  void error(String path, String message) {
    failures++;
    sink.error(path, message);
  }

  int failures() {
    return failures;
  }

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  static double orDefault(Double value, double fallback) {
    return value != null ? value : fallback;
  }

  /** 2 rather than 2.0: the user wrote an integer more often than not. */
  private static String shown(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }
}
