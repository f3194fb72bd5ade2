package dev.deliverysim.model.delivery;

import java.util.List;

/**
 * Everyone in the organisation, one index per person, with what they can do and what they are
 * doing. A person does one thing at a time: {@link #doing} is null when idle.
 *
 * <p>Each person is one record of {@value #STRIDE} {@code long} slots, 64 bytes (doubles as their
 * bits, two ints to a slot), not one array per field; what is the same for a whole team (focus,
 * skills) is kept per team. Starting and ending a job then reads one or two adjacent cache lines
 * of the person (a {@code long[]}'s 16-byte header puts records off the lines' boundaries), and
 * 12,000 people (the largest benchmark) take 768 KB, which fits a core's 2 MB L2 cache on the
 * machine of docs/benchmarks.md, where one array per field took a cache miss per field read.
 */
final class People {
  private static final int STRIDE = 8;
  // slots: an int in the low half, an int in the high half, or one double or long
  private static final int DOING_STAGE = 0;
  private static final int TASK_TEAM = 1;
  private static final int EFFORT = 2;
  private static final int STARTED = 3;
  private static final int ENDS_AT = 4;
  private static final int OPEN_PRS_REWORK_WAITING = 5;
  private static final int LAST_TASK_GATE = 6;
  private static final int MERGED = 7;
  private static final long CODES = 1;
  private static final long REVIEWS = 2;
  private static final long OWNER = 4;
  /** {@link #doing}'s half slot holds an activity's ordinal + 1; 0 for idle. */
  private static final Activity[] ACTIVITIES = Activity.values();

  final int count;
  private final long[] rec;
  /** Per team: the share of a member's time that goes to work. */
  private final double[] teamFocus;
  /** Per team: its coding-effort multiplier. */
  private final double[] teamCodingEffort;
  /** Per team: {@link #CODES}, {@link #REVIEWS}, {@link #OWNER} as bits. */
  private final long[] teamSkills;
  /** Per team: one past its last member's index (a team's members have consecutive indices). */
  final int[] teamEnd;
  /**
   * Per team: its members neither code nor review, so they only ever serve gates — nobody sets
   * their work aside, they author nothing, restore no service and review nothing.
   */
  final boolean[] servesGatesOnly;
  /**
   * Per person and gate: whether the person has the skill of that people-served gate. A team's
   * members share one row, so that asking costs one cache line per team, not per person.
   */
  final boolean[][] servesGate;
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

  People(DeliveryDef def) {
    List<TeamDef> teams = def.teams();
    List<GateDef> gates = def.gates();
    count = teams.stream().mapToInt(TeamDef::headcount).sum();
    rec = new long[count * STRIDE];
    servesGate = new boolean[count][];
    idleWords = new long[(count + 63) >>> 6];
    nonEmptyWords = new long[(idleWords.length + 63) >>> 6];
    large = idleWords.length > 2;
    for (int p = 0; p < count; p++) {
      idleWords[p >>> 6] |= 1L << p;
      nonEmptyWords[p >>> 12] |= 1L << (p >>> 6);
    }
    teamEnd = new int[teams.size()];
    servesGatesOnly = new boolean[teams.size()];
    teamFocus = new double[teams.size()];
    teamCodingEffort = new double[teams.size()];
    teamSkills = new long[teams.size()];
    int p = 0;
    for (int t = 0; t < teams.size(); t++) {
      TeamDef teamDef = teams.get(t);
      servesGatesOnly[t] = !teamDef.skills().contains(Skill.CODE) && !teamDef.skills().contains(Skill.REVIEW);
      boolean[] serves = new boolean[gates.size()];
      for (int g = 0; g < gates.size(); g++) {
        for (Skill skill : teamDef.skills()) {
          serves[g] |= gates.get(g).servedBy(skill);
        }
      }
      teamFocus[t] = teamDef.effectiveFocus();
      teamCodingEffort[t] = teamDef.codingEffort();
      teamSkills[t] = (teamDef.skills().contains(Skill.CODE) ? CODES : 0)
          | (teamDef.skills().contains(Skill.REVIEW) ? REVIEWS : 0)
          // by the team's name, not by the share: a phase may raise a share that starts at 0
          | (teamDef.name().equals(def.review().owners().team()) ? OWNER : 0);
      for (int i = 0; i < teamDef.headcount(); i++, p++) {
        setHigh(p, TASK_TEAM, t);
        setLow(p, LAST_TASK_GATE, TaskTable.NO_ONE);
        servesGate[p] = serves;
      }
      teamEnd[t] = p;
    }
  }

  int team(int p) {
    return high(p, TASK_TEAM);
  }

  /** The share of {@code p}'s time that goes to work; a job of effort e takes e / focus hours. */
  double focus(int p) {
    return teamFocus[team(p)];
  }

  boolean codes(int p) {
    return (teamSkills[team(p)] & CODES) != 0;
  }

  boolean reviews(int p) {
    return (teamSkills[team(p)] & REVIEWS) != 0;
  }

  /** A member of the code owners' team (none without owners). */
  boolean owner(int p) {
    return (teamSkills[team(p)] & OWNER) != 0;
  }

  /** {@code p}'s team's coding-effort multiplier. */
  double codingEffort(int p) {
    return teamCodingEffort[team(p)];
  }

  /** What {@code p} is doing; null when idle. Written only through {@link #setDoing}. */
  Activity doing(int p) {
    int ordinal = low(p, DOING_STAGE) - 1;
    return ordinal < 0 ? null : ACTIVITIES[ordinal];
  }

  /** The gate of the current job, when it is {@link Activity#GATE}. */
  int gate(int p) {
    return high(p, LAST_TASK_GATE);
  }

  void setGate(int p, int gate) {
    setHigh(p, LAST_TASK_GATE, gate);
  }

  /** The stage of the current job ({@link DeliveryDef#stages()}); {@link #NO_STAGE} for an incident. */
  int stage(int p) {
    return high(p, DOING_STAGE);
  }

  void setStage(int p, int stage) {
    setHigh(p, DOING_STAGE, stage);
  }

  /** The PR (or incident) of the current job. */
  int task(int p) {
    return low(p, TASK_TEAM);
  }

  void setTask(int p, int task) {
    setLow(p, TASK_TEAM, task);
  }

  /** Focused effort of the current job; it takes effort / focus hours of the person's time. */
  double effort(int p) {
    return Double.longBitsToDouble(rec[p * STRIDE + EFFORT]);
  }

  void setEffort(int p, double effort) {
    rec[p * STRIDE + EFFORT] = Double.doubleToRawLongBits(effort);
  }

  double started(int p) {
    return Double.longBitsToDouble(rec[p * STRIDE + STARTED]);
  }

  void setStarted(int p, double started) {
    rec[p * STRIDE + STARTED] = Double.doubleToRawLongBits(started);
  }

  /** When the current job is scheduled to end (its completion event's time). */
  double endsAt(int p) {
    return Double.longBitsToDouble(rec[p * STRIDE + ENDS_AT]);
  }

  void setEndsAt(int p, double endsAt) {
    rec[p * STRIDE + ENDS_AT] = Double.doubleToRawLongBits(endsAt);
  }

  /** {@code p}'s own PRs that are coded or being coded but not yet deployed. */
  int openPrs(int p) {
    return low(p, OPEN_PRS_REWORK_WAITING);
  }

  void addOpenPrs(int p, int change) {
    setLow(p, OPEN_PRS_REWORK_WAITING, openPrs(p) + change);
  }

  /**
   * PRs of {@code p}'s waiting for their rework: the size of their queue in
   * {@link DeliverySimulation#reworkByAuthor}, kept here because the dispatcher asks every idle
   * person, and the person's record is in cache where their queue is not (bench, delivery-12000:
   * asking the queues was a tenth of a replication).
   */
  int reworkWaiting(int p) {
    return high(p, OPEN_PRS_REWORK_WAITING);
  }

  void addReworkWaiting(int p, int change) {
    setHigh(p, OPEN_PRS_REWORK_WAITING, reworkWaiting(p) + change);
  }

  /** PRs {@code p} authored that merged: a branch's conflicts come only from others' merges. */
  long merged(int p) {
    return rec[p * STRIDE + MERGED];
  }

  void countMerge(int p) {
    rec[p * STRIDE + MERGED]++;
  }

  /**
   * The task of {@code p}'s last job, by its {@link TaskTable#serial} (ids are recycled), or
   * {@link TaskTable#NO_ONE} or {@link #INCIDENT}: to price a context switch.
   */
  int lastTask(int p) {
    return low(p, LAST_TASK_GATE);
  }

  private int low(int p, int slot) {
    return (int) rec[p * STRIDE + slot];
  }

  private int high(int p, int slot) {
    return (int) (rec[p * STRIDE + slot] >> 32);
  }

  private void setLow(int p, int slot, int value) {
    int at = p * STRIDE + slot;
    rec[at] = rec[at] & 0xFFFF_FFFF_0000_0000L | value & 0xFFFF_FFFFL;
  }

  private void setHigh(int p, int slot, int value) {
    int at = p * STRIDE + slot;
    rec[at] = (long) value << 32 | rec[at] & 0xFFFF_FFFFL;
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
    int last = lastTask(p);
    setLow(p, LAST_TASK_GATE, next);
    boolean switching = last != TaskTable.NO_ONE && (last != next || next == INCIDENT);
    return switching ? cost : 0;
  }

  boolean idle(int p) {
    return low(p, DOING_STAGE) == 0;
  }

  /** {@code p} is now doing {@code activity}, or is idle when it is null. */
  void setDoing(int p, Activity activity) {
    setLow(p, DOING_STAGE, activity == null ? 0 : activity.ordinal() + 1);
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
