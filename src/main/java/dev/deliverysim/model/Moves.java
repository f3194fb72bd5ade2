package dev.deliverysim.model;

import java.util.List;

/**
 * Every move of every item in one replication, in the order they happened: the simulation's own
 * event trace, for the workshop page's replay to show individual items and who is busy. Row i says
 * that at {@code times[i]} (hours) item {@code items[i]} (numbered from 0 in the order items
 * appeared) was at station {@code stations[i]} — waiting there ({@code serving[i]} false) or on one
 * of its servers — or, with station −1, left the network (finished or lost).
 *
 * @param stationNames the stations, indexed as {@code stations}
 * @param servers each station's servers (0 for a station that rolls a die; −1 unlimited)
 * @param until the time up to which every move is recorded: the end of the run, or earlier when the
 *     trace reached its size bound ({@value MoveTrace#MOST} moves) and stopped
 */
public record Moves(List<String> stationNames, int[] servers, double[] times, int[] items, int[] stations,
    boolean[] serving, double until) {
  public Moves {
    stationNames = List.copyOf(stationNames);
    int n = times.length;
    if (items.length != n || stations.length != n || serving.length != n || servers.length != stationNames.size()) {
      throw new IllegalArgumentException("one item, station and state per move, one server count per station");
    }
  }

  public int size() {
    return times.length;
  }
}
