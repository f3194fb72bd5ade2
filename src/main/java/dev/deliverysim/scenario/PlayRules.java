package dev.deliverysim.scenario;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.model.StationDef;
import dev.deliverysim.scenario.spec.MovesSpec;
import dev.deliverysim.scenario.spec.StationSpec;

/**
 * Compiles a station's game rules ({@code moves_per_round}, {@code start_with}) with located
 * messages ({@code transfer_batch} too). A station that rolls a die has no servers or service law of its own: it passes on,
 * each round, up to its roll of what it holds.
 */
final class PlayRules {
  /** The most a die may show or a station may hold at the start: a game, not a warehouse. */
  static final int MOST = 1_000_000;

  private final Locator at;

  PlayRules(Locator at) {
    this.at = at;
  }

  /** The station's rules, {@link StationDef.Play#NONE} without any; null after an error. */
  StationDef.Play compile(StationSpec spec, String path) {
    int errors = at.errorCount();
    int start = 0;
    if (spec.startWith() != null) {
      start = spec.startWith();
      if (start < 0 || start > MOST) {
        at.error(path + ".start_with", "expected a whole number of jobs from 0 to " + MOST + ", received: " + start);
      }
    }
    int min = 0;
    int max = 0;
    MovesSpec moves = spec.movesPerRound();
    if (moves != null) {
      min = moves.min();
      max = moves.max();
      if (min < 0 || min > MOST) {
        at.error(path + ".moves_per_round.min", "expected a whole number from 0 to " + MOST + ", received: " + min);
      } else if (max < Math.max(1, min) || max > MOST) {
        at.error(path + ".moves_per_round.max",
            "expected a whole number ≥ 1 and ≥ min (" + min + "), at most " + MOST + ", received: " + max);
      }
      if (spec.servers() != null) {
        at.error(path + ".servers", "a station that rolls a die (moves_per_round) plays alone: leave servers out");
      }
      if (spec.service() != null || spec.serviceByClass() != null) {
        at.error(path + (spec.service() != null ? ".service" : ".service_by_class"),
            "a station that rolls a die (moves_per_round) has no service time: each round it passes on up to its roll");
      }
    }
    int batch = 1;
    if (spec.transferBatch() != null) {
      batch = spec.transferBatch();
      if (batch < 1 || batch > MOST) {
        at.error(path + ".transfer_batch", "expected a whole number of jobs from 1 to " + MOST + ", received: " + batch);
      } else if (batch > 1 && moves != null) {
        at.error(path + ".transfer_batch", "a station that rolls a die (moves_per_round) passes on its roll, not batches");
      } else if (batch > 1 && spec.capacity() != null && spec.capacity().value() != StationDef.UNLIMITED) {
        at.error(path + ".transfer_batch", "a station passing work on in batches needs unlimited room: leave capacity out");
      }
    }
    return at.errorCount() > errors ? null : new StationDef.Play(min, max, start, batch);
  }

  /**
   * The service law a rolling station stands for in the traffic equations (never sampled): one job
   * per 1/mean-roll rounds, a round being one hour.
   */
  static Distribution equivalentService(StationDef.Play play) {
    return new Fixed(1 / play.meanMoves());
  }
}
