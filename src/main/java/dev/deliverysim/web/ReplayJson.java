package dev.deliverysim.web;

import dev.deliverysim.model.Moves;
import dev.deliverysim.model.PeopleTrack;
import dev.deliverysim.model.Replay;
import dev.deliverysim.model.StateMoves;
import dev.deliverysim.model.Timeline;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A recorded replication as the page's replay reads it: the timeline's columns, then the traces
 * as parallel arrays (never an object per move, so a long trace stays a few megabytes). Times are
 * in the scenario's output unit; each trace says, per frame, how many of its rows came before the
 * frame's snapshot ({@code upTo}), so the page never compares times.
 */
final class ReplayJson {
  private ReplayJson() {}

  /** The body of {@code POST /api/replay}, {@code head} first (scenario, replication, seed, unit). */
  static Map<String, Object> of(Map<String, Object> head, Replay recorded, double unit) {
    Timeline t = recorded.timeline();
    Map<String, Object> replay = new LinkedHashMap<>(head);
    replay.put("item", t.item());
    replay.put("completion", t.completion());
    replay.put("states", t.states());
    replay.put("times", Arrays.stream(t.times()).map(h -> h / unit).toArray());
    replay.put("inState", t.inState());
    replay.put("arrived", t.arrived());
    replay.put("done", t.done());
    replay.put("completed", t.completed());
    if (recorded.moves() != null) {
      replay.put("moves", moves(recorded.moves(), unit));
    }
    if (recorded.stateMoves() != null) {
      replay.put("stateMoves", stateMoves(recorded.stateMoves(), t.times(), unit));
    }
    if (recorded.people() != null) {
      replay.put("people", people(recorded.people(), t.times(), unit));
    }
    return replay;
  }

  /** A network's moves: every item's station and whether on a server, with times. */
  private static Map<String, Object> moves(Moves m, double unit) {
    Map<String, Object> moves = new LinkedHashMap<>();
    moves.put("stations", m.stationNames());
    moves.put("servers", m.servers());
    moves.put("until", m.until() / unit);
    moves.put("times", Arrays.stream(m.times()).map(h -> h / unit).toArray());
    moves.put("items", m.items());
    moves.put("at", m.stations());
    moves.put("serving", m.serving());
    return moves;
  }

  /** A delivery organisation's PRs: each move's item and the index of the state it entered (−1: deployed). */
  private static Map<String, Object> stateMoves(StateMoves m, double[] snapshots, double unit) {
    Map<String, Object> moves = new LinkedHashMap<>();
    moves.put("until", m.until() / unit);
    moves.put("upTo", m.before(snapshots));
    moves.put("items", m.items());
    moves.put("states", m.states());
    return moves;
  }

  /** A delivery organisation's people: who, in which team, doing what (−1: idle) on which item. */
  private static Map<String, Object> people(PeopleTrack p, double[] snapshots, double unit) {
    Map<String, Object> people = new LinkedHashMap<>();
    people.put("teams", p.teams());
    people.put("team", p.team());
    people.put("activities", p.activities());
    people.put("activityStages", p.activityStages());
    people.put("until", p.until() / unit);
    people.put("upTo", p.before(snapshots));
    people.put("people", p.people());
    people.put("doing", p.doing());
    people.put("items", p.items());
    return people;
  }
}
