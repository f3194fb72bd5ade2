package dev.deliverysim.model;

/**
 * One replication recorded for the workshop page's replay: its timeline (counts at each snapshot)
 * and, where the model records them, its items' moves — a network's from station to station
 * ({@code moves}), or a delivery organisation's between its timeline's states ({@code stateMoves})
 * with what each of its people was doing ({@code people}). Those a model does not record are null.
 */
public record Replay(Timeline timeline, Moves moves, StateMoves stateMoves, PeopleTrack people) {
  /** A network's replay, or one of counts only ({@code moves} null). */
  public Replay(Timeline timeline, Moves moves) {
    this(timeline, moves, null, null);
  }
}
