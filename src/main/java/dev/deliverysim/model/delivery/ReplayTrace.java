package dev.deliverysim.model.delivery;

import dev.deliverysim.model.PeopleTrack;
import dev.deliverysim.model.StateMoves;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records one replication for the workshop page's replay: each PR's moves between the timeline's
 * states (waiting at a stage, worked on there, not committed, awaiting a release train, put aside)
 * until it is deployed, and each person's activity as it changes. An {@link Observer}: it only
 * reads what it is told and the people's current stage, and draws no random number, so a traced
 * replication runs exactly as an untraced one.
 *
 * <p>PR ids may be recycled once a PR is deployed, so each PR gets an item number when it first
 * appears and loses it when it leaves; the page follows items, not ids. Each track keeps at most
 * {@link TraceRows#MOST} rows and says until when it is complete.
 */
final class ReplayTrace implements Observer {
  private final DeliveryDef def;
  private final Activities activities;
  /** The timeline's state index of the first stage's queue; the not-committed state is 0 before it. */
  private final int firstStage;
  private final int train;
  private final int aside;
  private final TraceRows moves;
  private final TraceRows doing;
  /** Set once the simulation exists: where each person works. */
  People people;
  /** The item number of each PR id, −1 while the id is free. */
  private int[] itemOf = filled(new int[256]);
  private int nextItem;

  ReplayTrace(DeliveryDef def) {
    this(def, TraceRows.MOST);
  }

  /** With at most {@code most} rows a track (tests bound it low). */
  ReplayTrace(DeliveryDef def, int most) {
    this.def = def;
    activities = def.activities();
    firstStage = def.cadence().sprints() ? 1 : 0;
    train = firstStage + 2 * def.stages().size();
    aside = train + (def.cadence().releaseTrains() ? 1 : 0);
    moves = new TraceRows(most);
    doing = new TraceRows(most);
  }

  @Override
  public void waiting(double time, int task, int stage) {
    move(time, task, stage == UNCOMMITTED ? 0 : firstStage + 2 * stage);
  }

  @Override
  public void passing(double time, int task, int stage) {
    move(time, task, firstStage + 2 * stage + 1);
  }

  @Override
  public void started(double time, int person, Activity activity, int task, int author) {
    working(time, person, activity, task);
  }

  @Override
  public void resumed(double time, int person, Activity activity, int task) {
    working(time, person, activity, task);
  }

  @Override
  public void finished(double time, int person, Activity activity, int task) {
    doing.add(time, person, PeopleTrack.IDLE, -1);
  }

  @Override
  public void interrupted(double time, int person, Activity activity, int task) {
    doing.add(time, person, PeopleTrack.IDLE, -1);
    move(time, task, aside);
  }

  @Override
  public void merged(double time, int task) {
    if (def.cadence().releaseTrains()) {
      move(time, task, train);
    } // otherwise it deploys at once
  }

  @Override
  public void deployed(double time, int task, int feature, boolean featureDone) {
    moves.add(time, item(task), StateMoves.LEFT, -1);
    itemOf[task] = -1; // the id may come back as a new PR
  }

  private void working(double time, int person, Activity activity, int task) {
    boolean incident = activity == Activity.INCIDENTS; // an incident's id is not a PR's
    doing.add(time, person, activities.column(activity, people.gate(person)), incident ? -1 : item(task));
    if (!incident) {
      move(time, task, firstStage + 2 * people.stage(person) + 1);
    }
  }

  private void move(double time, int task, int state) {
    int item = item(task);
    moves.add(time, item, state, item);
  }

  private int item(int task) {
    if (task >= itemOf.length) {
      int old = itemOf.length;
      itemOf = Arrays.copyOf(itemOf, Math.max(task + 1, 2 * old));
      Arrays.fill(itemOf, old, itemOf.length, -1);
    }
    if (itemOf[task] < 0) {
      itemOf[task] = nextItem++;
    }
    return itemOf[task];
  }

  /** The PRs' moves, complete up to the end of the run at {@code end} or where the trace stopped. */
  StateMoves moves(double end) {
    return new StateMoves(moves.times(), moves.keys(), moves.values(), moves.until(end));
  }

  /** What each person was doing, complete up to {@code end} or where the trace stopped. */
  PeopleTrack people(double end) {
    List<String> teams = def.teams().stream().map(TeamDef::name).toList();
    int[] team = new int[people.count];
    for (int p = 0; p < people.count; p++) {
      team[p] = people.team(p);
    }
    List<String> colours = new ArrayList<>();
    for (String activity : activities.jobs()) {
      colours.add(stageOf(activity));
    }
    return new PeopleTrack(teams, team, activities.jobs(), colours, doing.times(), doing.keys(), doing.values(),
        doing.items(), doing.until(end));
  }

  /** The first stage whose people book their hours to {@code activity}, or "". */
  private String stageOf(String activity) {
    for (StageDef stage : def.stages()) {
      if (stage.activity().equals(activity)) {
        return stage.name();
      }
    }
    return "";
  }

  private static int[] filled(int[] ids) {
    Arrays.fill(ids, -1);
    return ids;
  }
}
