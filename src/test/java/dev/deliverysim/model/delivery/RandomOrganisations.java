package dev.deliverysim.model.delivery;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.engine.Gamma;
import dev.deliverysim.engine.LogNormal;
import dev.deliverysim.engine.Uniform;
import dev.deliverysim.model.StopRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates small delivery organisations, each with a horizon, a warm-up and a master seed, as
 * inputs for property tests.
 *
 * <p>Every organisation is valid by construction (somebody codes; somebody other than the author
 * can review; a gate served by people has a team with its skill), so no example is thrown away.
 * Headcounts run from 2 to 10,
 * focus from 0.4 to 1, with 0–3 gates of any kind (machines, testers, a security team with a skill
 * of its own, a pure delay), AI off or on (with or without pre-review),
 * reviews from a pool or assigned, picked up at job ends, in sessions or by interruption (half
 * the examples keep the pool at job end), reviewers who put AI PRs off or ask them for changes,
 * reviews capped at a maximum effort, every policy with or without an open-PR limit, flow limits (review queue, gate queues, work in
 * progress) in one example in three, production incidents (waiting for a free coder, or
 * interrupting one) in one in three, arrivals or a backlog, and rework that may cost
 * nothing (zero-length jobs).
 * Arrivals are paced for a coding load of 0.3–0.95 so runs stay short; review and gates may still
 * be overloaded, which a finite horizon allows.
 */
final class RandomOrganisations {

  /** An organisation to run to {@code horizon} hours, measured after {@code warmup}. */
  record Case(DeliveryDef def, double horizon, double warmup, long seed, List<PhaseDef> phases) {
    StopRule stop() {
      return new StopRule(horizon, 0, warmup, false);
    }

    StopRule withoutWarmup() {
      return new StopRule(horizon, 0, 0, false);
    }

    @Override
    public String toString() {
      return "Case[seed=" + seed + ", horizon=" + horizon + ", warmup=" + warmup + ", " + def + ", phases="
          + phases + "]";
    }
  }

  private static final Skill SECURITY = new Skill("security");

  private RandomOrganisations() {}

  static Gen<Case> cases() {
    return in -> organisation(in);
  }

  private static Case organisation(RandomnessSource in) {
    List<TeamDef> teams = new ArrayList<>();
    int devs = between(in, 1, 5);
    int devSkills = between(in, 0, 2);
    Set<Skill> skills = switch (devSkills) {
      case 0 -> Set.of(Skill.CODE);
      case 1 -> Set.of(Skill.CODE, Skill.REVIEW);
      default -> Set.of(Skill.CODE, Skill.REVIEW, Skill.TEST);
    };
    double devFocus = between(in, 4, 10) / 10.0;
    // developers who code at the tasks' pace, or (a third of the examples) slower or faster
    double pace = between(in, 0, 2) != 0 ? 1 : between(in, 5, 20) / 10.0;
    teams.add(new TeamDef("devs", devs, skills, devFocus, 0, pace));
    // A lone developer who reviews could never have their own PRs reviewed without somebody else.
    if (devSkills == 0 || devs == 1 || between(in, 0, 1) == 1) {
      Set<Skill> reviewerSkills = between(in, 0, 1) == 0 ? Set.of(Skill.REVIEW) : Set.of(Skill.REVIEW, Skill.TEST);
      teams.add(new TeamDef("reviewers", between(in, 1, 3), reviewerSkills, between(in, 4, 10) / 10.0));
    }
    List<GateDef> gates = new ArrayList<>();
    int gateCount = between(in, 0, 3);
    for (int g = 0; g < gateCount; g++) {
      gates.add(gate(in, g));
    }
    // every skill a people-served gate needs, given to a team of its own when nobody has it yet
    for (GateDef gate : gates) {
      if (gate.server() instanceof GateServer.People people
          && teams.stream().noneMatch(t -> t.skills().contains(people.skill()))) {
        teams.add(new TeamDef(people.skill().name() + "-team", between(in, 1, 2), Set.of(people.skill()),
            between(in, 4, 10) / 10.0));
      }
    }

    AiDef ai = ai(in).withReview(aiReview(in)).withSidePrs(sidePrs(in));
    Distribution tasksPerFeature = switch (between(in, 0, 2)) {
      case 0 -> new Fixed(between(in, 1, 3));
      case 1 -> new Uniform(0, between(in, 2, 5));
      default -> new Exponential(between(in, 10, 30) / 10.0);
    };
    double meanEffort = between(in, 5, 80) / 10.0;
    Distribution effort = switch (between(in, 0, 3)) {
      case 0 -> new Exponential(meanEffort);
      case 1 -> LogNormal.ofMeanCv(meanEffort, between(in, 3, 15) / 10.0);
      case 2 -> Gamma.ofMeanCv(meanEffort, between(in, 3, 15) / 10.0);
      default -> new Fixed(meanEffort);
    };
    // Mean ceil(tasks) is at most the law's mean + 1; pace arrivals on that to keep coding stable.
    double effortPerFeature = pace * (tasksPerFeature.mean() + 1) * (meanEffort
        * (1 - ai.adoption() + ai.adoption() * ai.codingEffort())
        + ai.adoption() * (ai.sidePrs().perTask().mean() + 0.5) * ai.sidePrs().effort().mean());
    double codingLoad = between(in, 30, 95) / 100.0;
    FeatureSource source = between(in, 0, 3) == 0
        ? new FeatureSource.Backlog(between(in, 1, 60))
        : new FeatureSource.Arrivals(new Exponential(effortPerFeature / (devs * devFocus * codingLoad)));
    // Tasks of one PR in half the examples, else of one to four (rounded up from the law).
    Distribution prsPerTask = between(in, 0, 1) == 0 ? new Fixed(1) : new Uniform(0, between(in, 1, 4));
    // Chores for developers with nothing else to do in a quarter of the examples.
    Distribution chores = between(in, 0, 3) == 0 ? new Exponential(between(in, 5, 40) / 10.0) : null;
    WorkDef work = new WorkDef(source, tasksPerFeature, effort, between(in, 10, 60), prsPerTask, chores);
    // Rework may cost nothing: zero-length jobs are a corner the accounting has to survive.
    // Escaped defects reported back as bug tickets in a third of the examples.
    BugsDef bugs = between(in, 0, 2) != 0 ? BugsDef.NONE
        : new BugsDef(between(in, 1, 10) / 10.0, new Exponential(between(in, 1, 40)), new Exponential(between(in, 3, 30) / 10.0));
    QualityDef quality = new QualityDef(between(in, 0, 30), between(in, 0, 20) / 10.0, bugs);
    ReviewDef review = new ReviewDef(between(in, 100, 600), between(in, 0, 5) / 10.0,
        between(in, 0, 90) / 100.0, between(in, 100, 500)).withProcess(process(in));
    if (between(in, 0, 2) == 0) {
      review = review.withMaxEffort(between(in, 5, 30) / 10.0); // reviews that saturate and skim
    }
    review = review.withOwners(owners(in, teams, review.approvals()));
    Policy policy = Policy.values()[between(in, 0, Policy.values().length - 1)];
    int openPrLimit = between(in, 0, 1) == 0 ? 0 : between(in, 1, 3);
    FlowLimits limits = between(in, 0, 2) != 0 ? FlowLimits.NONE : new FlowLimits(
        between(in, 0, 1) * between(in, 1, 4), between(in, 0, 1) * between(in, 1, 12),
        gates.stream().map(g -> between(in, 0, 1) * between(in, 1, 4)).toList());
    IncidentsDef incidents = between(in, 0, 2) != 0 ? IncidentsDef.NONE : new IncidentsDef(
        between(in, 1, 10) / 10.0, new Exponential(between(in, 1, 40)), LogNormal.ofMeanCv(between(in, 1, 8), 0.8),
        between(in, 0, 1) == 1);
    DeliveryDef def = new DeliveryDef(work, teams, quality, review, gates, ai, policy, openPrLimit,
        incidents, coordination(in), cadence(in), limits);

    double horizon = between(in, 100, 600);
    double warmup = between(in, 0, 1) == 0 ? 0 : horizon * between(in, 5, 50) / 100.0;
    long seed = longs().all().generate(in);
    // In a third of the examples, one or two phases change the numbers (drawn last, so the
    // organisations themselves are those of the examples before phases existed).
    List<PhaseDef> phases = new ArrayList<>();
    if (between(in, 0, 2) == 0) {
      double at = 0;
      for (int k = between(in, 1, 2); k > 0; k--) {
        at += horizon * between(in, 0, 40) / 100.0;
        phases.add(new PhaseDef(at, numbersChanged(in, def)));
      }
    }
    return new Case(def, horizon, warmup, seed, phases);
  }

  /** {@code def} with new numbers everywhere a phase may set them, and its shape kept. */
  private static DeliveryDef numbersChanged(RandomnessSource in, DeliveryDef def) {
    WorkDef was = def.work();
    FeatureSource source = was.source() instanceof FeatureSource.Arrivals a
        ? new FeatureSource.Arrivals(new Exponential(a.interarrival().mean() * between(in, 5, 15) / 10.0))
        : was.source();
    Distribution chores = between(in, 0, 3) == 0 ? new Exponential(between(in, 5, 40) / 10.0) : null;
    WorkDef work = new WorkDef(source, new Uniform(0, between(in, 2, 5)),
        new Exponential(between(in, 5, 80) / 10.0), between(in, 10, 60),
        between(in, 0, 1) == 0 ? new Fixed(1) : new Uniform(0, between(in, 1, 4)), chores);
    List<GateDef> gates = def.gates().stream().map(g -> new GateDef(g.name(), g.server(),
        new Exponential(between(in, 1, 15) / 10.0), between(in, 0, 100) / 100.0,
        g.server() instanceof GateServer.Machines ? between(in, 0, 30) / 100.0 : 0,
        between(in, 0, 1) * between(in, 0, 50), GateDef.Per.values()[between(in, 0, 2)])).toList();
    ReviewDef review = new ReviewDef(between(in, 100, 600), between(in, 0, 5) / 10.0,
        between(in, 0, 90) / 100.0, between(in, 100, 500)).withProcess(def.review().process());
    if (between(in, 0, 2) == 0) {
      review = review.withMaxEffort(between(in, 5, 30) / 10.0);
    }
    OwnersDef owners = def.review().owners();
    review = review.withOwners(owners.any() ? new OwnersDef(owners.team(), between(in, 1, 10) / 10.0) : owners);
    BugsDef bugs = between(in, 0, 2) != 0 ? BugsDef.NONE
        : new BugsDef(between(in, 1, 10) / 10.0, new Exponential(between(in, 1, 40)), new Exponential(between(in, 3, 30) / 10.0));
    QualityDef quality = new QualityDef(between(in, 0, 30), between(in, 0, 20) / 10.0, bugs);
    AiDef ai = ai(in).withReview(aiReview(in)).withSidePrs(sidePrs(in));
    FlowLimits limits = between(in, 0, 1) == 0 ? FlowLimits.NONE : new FlowLimits(
        between(in, 0, 1) * between(in, 1, 4), between(in, 0, 1) * between(in, 1, 12),
        gates.stream().map(g -> between(in, 0, 1) * between(in, 1, 4)).toList());
    IncidentsDef incidents = !def.incidents().modelled() ? def.incidents() : new IncidentsDef(
        between(in, 1, 10) / 10.0, new Exponential(between(in, 1, 40)), new Exponential(between(in, 1, 8)),
        def.incidents().interrupts());
    return new DeliveryDef(work, def.teams(), quality, review, gates, ai,
        Policy.values()[between(in, 0, Policy.values().length - 1)], between(in, 0, 1) * between(in, 1, 3),
        incidents, coordination(in), def.cadence(), limits);
  }

  private static GateDef gate(RandomnessSource in, int index) {
    double mean = between(in, 1, 15) / 10.0;
    Distribution duration = switch (between(in, 0, 2)) {
      case 0 -> new Exponential(mean);
      case 1 -> LogNormal.ofMeanCv(mean, between(in, 2, 12) / 10.0);
      default -> new Fixed(mean);
    };
    double detection = between(in, 0, 100) / 100.0;
    return switch (between(in, 0, 3)) {
      case 0 -> new GateDef("ci" + index, between(in, 1, 3), duration, detection, between(in, 0, 30) / 100.0);
      case 1 -> new GateDef("qa" + index, 0, duration, detection, 0);
      // a skill of the scenario's own, such as an application-security review
      case 2 -> new GateDef("security" + index, new GateServer.People(SECURITY), duration, detection, 0);
      default -> new GateDef("soak" + index, new GateServer.Delay(), duration, detection, 0);
    };
  }

  /** How reviews reach reviewers: today's pool at job end in half the examples, any other mix in the rest. */
  private static ReviewProcess process(RandomnessSource in) {
    if (between(in, 0, 1) == 0) {
      return ReviewProcess.POOL_AT_JOB_END;
    }
    return new ReviewProcess(
        ReviewProcess.Assignment.values()[between(in, 0, 1)],
        ReviewProcess.AssignBy.values()[between(in, 0, 1)],
        ReviewProcess.Pickup.values()[between(in, 0, 2)],
        between(in, 5, 80) / 10.0, between(in, 1, 30) / 10.0, between(in, 0, 5) / 10.0);
  }

  /** Reviewers treat AI PRs like any other in half the examples; otherwise they put them off, or ask for changes. */
  private static AiReviewDef aiReview(RandomnessSource in) {
    if (between(in, 0, 1) == 0) {
      return AiReviewDef.NONE;
    }
    Distribution delay = between(in, 0, 1) == 0 ? new Fixed(0) : new Exponential(between(in, 1, 40) / 10.0);
    return new AiReviewDef(delay, between(in, 0, 60) / 100.0, between(in, 0, 1) * between(in, 0, 60) / 100.0,
        between(in, 0, 15) / 10.0);
  }

  /** Code owners in a third of the examples: a reviewing team large enough to approve its own PRs. */
  private static OwnersDef owners(RandomnessSource in, List<TeamDef> teams, int approvals) {
    List<TeamDef> able = teams.stream()
        .filter(t -> t.skills().contains(Skill.REVIEW) && t.headcount() >= approvals + 1).toList();
    if (able.isEmpty() || between(in, 0, 2) != 0) {
      return OwnersDef.NONE;
    }
    return new OwnersDef(able.get(between(in, 0, able.size() - 1)).name(), between(in, 1, 10) / 10.0);
  }

  /** A coordination tax per open PR in a third of the examples. */
  private static CoordinationDef coordination(RandomnessSource in) {
    return between(in, 0, 2) != 0 ? CoordinationDef.NONE : new CoordinationDef(0, new Fixed(0), 0, between(in, 1, 5) / 10.0);
  }

  /** Sprints in a third of the examples, committing a fixed number of tasks or following velocity. */
  private static CadenceDef cadence(RandomnessSource in) {
    if (between(in, 0, 2) != 0) {
      return CadenceDef.CONTINUOUS;
    }
    return new CadenceDef(0, between(in, 20, 120), between(in, 1, 20),
        CadenceDef.Commit.values()[between(in, 0, 1)], between(in, 1, 4));
  }

  /** An assistant's side PRs in a third of the examples, reviewed or not. */
  private static SidePrsDef sidePrs(RandomnessSource in) {
    if (between(in, 0, 2) != 0) {
      return SidePrsDef.NONE;
    }
    return new SidePrsDef(new Uniform(0, between(in, 1, 2)), new Exponential(between(in, 1, 10) / 10.0),
        between(in, 0, 1) == 0);
  }

  private static AiDef ai(RandomnessSource in) {
    return switch (between(in, 0, 2)) {
      case 0 -> AiDef.NONE;
      case 1 -> new AiDef(between(in, 0, 100) / 100.0, between(in, 5, 12) / 10.0, between(in, 8, 20) / 10.0,
          between(in, 5, 15) / 10.0, between(in, 8, 15) / 10.0, 0, 0);
      default -> new AiDef(between(in, 0, 100) / 100.0, between(in, 5, 12) / 10.0, between(in, 8, 20) / 10.0,
          between(in, 5, 15) / 10.0, between(in, 8, 15) / 10.0, between(in, 1, 80) / 100.0,
          between(in, 0, 50) / 100.0);
    };
  }

  private static int between(RandomnessSource in, int low, int high) {
    return integers().between(low, high).generate(in);
  }
}
