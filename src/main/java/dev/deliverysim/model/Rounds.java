package dev.deliverysim.model;

import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.engine.StreamName;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The rounds of a game such as Goldratt's dice game: which stations roll a die each round, in the
 * line's order, and their dice. Round k (k = 1, 2, …) is played at time k − ½ hours, so a horizon
 * of n hours holds exactly n rounds and a rate per hour is a rate per round. Each station's die is
 * its own stream, {@code die/<station>}, so adding a station changes no one else's rolls.
 */
final class Rounds {
  static final double FIRST = 0.5;

  private final int[] players;
  private final int[] min;
  private final int[] span;
  private final UniformRandomProvider[] dice;

  private Rounds(int[] players, int[] min, int[] span, UniformRandomProvider[] dice) {
    this.players = players;
    this.min = min;
    this.span = span;
    this.dice = dice;
  }

  /** The network's rounds, or null when no station rolls (an ordinary network: nothing changes). */
  static Rounds of(NetworkDef network, RandomStreams streams) {
    List<StationDef> stations = network.stations();
    List<Integer> rolling = new ArrayList<>();
    for (int s = 0; s < stations.size(); s++) {
      if (stations.get(s).play().rolls()) {
        rolling.add(s);
      }
    }
    if (rolling.isEmpty()) {
      return null;
    }
    int n = stations.size();
    int[] min = new int[n];
    int[] span = new int[n];
    UniformRandomProvider[] dice = new UniformRandomProvider[n];
    for (int s : rolling) {
      StationDef.Play play = stations.get(s).play();
      min[s] = play.movesMin();
      span[s] = play.movesMax() - play.movesMin() + 1;
      dice[s] = streams.stream(StreamName.of("die").named(stations.get(s).name()));
    }
    return new Rounds(rolling.stream().mapToInt(Integer::intValue).toArray(), min, span, dice);
  }

  /** The rolling stations, in the line's (the file's) order. */
  int[] players() {
    return players;
  }

  /** This round's roll of station {@code s}: a whole number from its min to its max. */
  int roll(int s) {
    return min[s] + dice[s].nextInt(span[s]);
  }
}
