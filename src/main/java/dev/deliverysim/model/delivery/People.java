package dev.deliverysim.model.delivery;

import java.util.List;

/**
 * Everyone in the organisation, one index per person, with what they can do and what they are
 * doing. A person does one thing at a time: {@code doing[p]} is null when idle.
 */
final class People {
  final int count;
  final int[] team;
  final double[] focus;
  final boolean[] codes;
  final boolean[] reviews;
  /** Each person's team's coding-effort multiplier. */
  final double[] codingEffort;
  /** Members of the code owners' team (none without owners). */
  final boolean[] owner;
  /** Per team: one past its last member's index (a team's members have consecutive indices). */
  final int[] teamEnd;
  /**
   * Per team: its members neither code nor review, so they only ever serve gates — nobody sets
   * their work aside, they author nothing, restore no service and review nothing.
   */
  final boolean[] servesGatesOnly;
  /** Per person and gate: whether the person has the skill of that people-served gate. */
  final boolean[][] servesGate;
  /** What each person is doing; null when idle. Written only through {@link #setDoing}. */
  final Activity[] doing;
  /** The idle people as a bit set, so that dispatching visits them alone, in index order. */
  private final long[] idleWords;
  /**
   * Which words of {@link #idleWords} are not empty: finding the next idle person skips 64 busy
   * words at a time, so the walk costs the idle, not the organisation (deliverysim bench,
   * delivery-12000: scanning the empty words of 10,000 busy developers was a fifth of a replication).
   */
  private final long[] nonEmptyWords;
  /** More than two words of idle bits: only then is {@link #nonEmptyWords} kept and used. */
  private final boolean large;
  /** The gate of the current job, when it is {@link Activity#GATE}. */
  final int[] gate;
  /** The stage of the current job ({@link DeliveryDef#stages()}); {@link #NO_STAGE} for an incident. */
  final int[] stage;
  final int[] task;
  /** Focused effort of the current job; it takes effort / focus hours of the person's time. */
  final double[] effort;
  final double[] started;
  /** When the current job is scheduled to end (its completion event's time). */
  final double[] endsAt;
  /** Each person's own PRs that are coded or being coded but not yet deployed. */
  final int[] openPrs;
  /** PRs each person authored that merged: a branch's conflicts come only from others' merges. */
  final long[] merged;
  /**
   * The task of each person's last job, by its {@link TaskTable#serial} (ids are recycled), or
   * {@link TaskTable#NO_ONE} or {@link #INCIDENT}: to price a context switch.
   */
  final int[] lastTask;

  People(DeliveryDef def) {
    List<TeamDef> teams = def.teams();
    List<GateDef> gates = def.gates();
    count = teams.stream().mapToInt(TeamDef::headcount).sum();
    team = new int[count];
    focus = new double[count];
    codes = new boolean[count];
    reviews = new boolean[count];
    owner = new boolean[count];
    codingEffort = new double[count];
    servesGate = new boolean[count][gates.size()];
    doing = new Activity[count];
    idleWords = new long[(count + 63) >>> 6];
    nonEmptyWords = new long[(idleWords.length + 63) >>> 6];
    large = idleWords.length > 2;
    for (int p = 0; p < count; p++) {
      idleWords[p >>> 6] |= 1L << p;
      nonEmptyWords[p >>> 12] |= 1L << (p >>> 6);
    }
    gate = new int[count];
    stage = new int[count];
    task = new int[count];
    effort = new double[count];
    started = new double[count];
    endsAt = new double[count];
    openPrs = new int[count];
    merged = new long[count];
    lastTask = new int[count];
    java.util.Arrays.fill(lastTask, TaskTable.NO_ONE);
    teamEnd = new int[teams.size()];
    servesGatesOnly = new boolean[teams.size()];
    int p = 0;
    for (int t = 0; t < teams.size(); t++) {
      TeamDef teamDef = teams.get(t);
      servesGatesOnly[t] = !teamDef.skills().contains(Skill.CODE) && !teamDef.skills().contains(Skill.REVIEW);
      for (int i = 0; i < teamDef.headcount(); i++, p++) {
        team[p] = t;
        focus[p] = teamDef.effectiveFocus();
        codingEffort[p] = teamDef.codingEffort();
        codes[p] = teamDef.skills().contains(Skill.CODE);
        reviews[p] = teamDef.skills().contains(Skill.REVIEW);
        owner[p] = def.review().owners().any() && teamDef.name().equals(def.review().owners().team());
        for (int g = 0; g < gates.size(); g++) {
          for (Skill skill : teamDef.skills()) {
            servesGate[p][g] |= gates.get(g).servedBy(skill);
          }
        }
      }
      teamEnd[t] = p;
    }
  }

  /** {@link #stage} of a job that belongs to no stage: restoring service after an incident. */
  static final int NO_STAGE = -1;

  /** {@link #lastTask} after an incident: whatever comes next is a switch. */
  static final int INCIDENT = -2;

  /**
   * Records that {@code p} turns to {@code next}; returns {@code cost} when that is a switch from
   * another task (or from or to an incident), 0 for a first job or the same task again.
   */
  double switchTo(int p, int next, double cost) {
    int last = lastTask[p];
    lastTask[p] = next;
    boolean switching = last != TaskTable.NO_ONE && (last != next || next == INCIDENT);
    return switching ? cost : 0;
  }

  boolean idle(int p) {
    return doing[p] == null;
  }

  /** {@code p} is now doing {@code activity}, or is idle when it is null. */
  void setDoing(int p, Activity activity) {
    doing[p] = activity;
    if (activity == null) {
      idleWords[p >>> 6] |= 1L << p;
    } else {
      idleWords[p >>> 6] &= ~(1L << p);
    }
    if (large) {
      markWord(p >>> 6);
    }
  }

  /** Keeps word {@code w}'s bit in {@link #nonEmptyWords}: set while someone in it is idle. */
  private void markWord(int w) {
    if (idleWords[w] != 0) {
      nonEmptyWords[w >>> 6] |= 1L << w;
    } else {
      nonEmptyWords[w >>> 6] &= ~(1L << w);
    }
  }

  /**
   * The first idle person with an index ≥ {@code from}, or -1. Short, for the dispatcher's hot loop
   * (bench: a longer form slowed delivery-12 by a tenth once the JIT had seen other models); the
   * rest of the walk is {@link #nextIdleFromWord}.
   */
  int nextIdle(int from) {
    int w = from >>> 6;
    if (w < idleWords.length) {
      long word = idleWords[w] & (-1L << from); // the shift uses from's low six bits
      if (word != 0) {
        return (w << 6) + Long.numberOfTrailingZeros(word);
      }
      if (w + 1 < idleWords.length) {
        return nextIdleFromWord(w + 1);
      }
    }
    return -1;
  }

  /** The first idle person in word {@code w} of {@link #idleWords} or after, or -1. */
  private int nextIdleFromWord(int w) {
    if (!large) {
      for (; w < idleWords.length; w++) {
        if (idleWords[w] != 0) {
          return (w << 6) + Long.numberOfTrailingZeros(idleWords[w]);
        }
      }
      return -1;
    }
    // 64 words at a time
    int s = w >>> 6;
    long words = nonEmptyWords[s] & (-1L << w);
    while (words == 0) {
      if (++s == nonEmptyWords.length) {
        return -1;
      }
      words = nonEmptyWords[s];
    }
    w = (s << 6) + Long.numberOfTrailingZeros(words);
    return (w << 6) + Long.numberOfTrailingZeros(idleWords[w]);
  }
}
