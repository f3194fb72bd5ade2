package dev.deliverysim.experiment;

import dev.deliverysim.engine.RunWatch;
import dev.deliverysim.model.StopRule;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * What a person waiting on a run hears while it goes: progress in replications that moves inside
 * a long replication too (each one under way counts by how far its clock has come towards the
 * horizon), and — from one replication's trajectory, halfway through it — a warning when the work
 * in the system keeps growing ({@link GrowthWatch}), long before the run's end can say it did not
 * settle. Neither changes a result: the growth warning depends only on that replication's
 * trajectory, so it is the same on any thread count; progress depends on timing, as a bar does.
 */
public final class LiveRun implements Watching {
  private final StopRule stop;
  private final int watchedReplication;
  private final double before;
  private final DoubleConsumer progress;
  private final Consumer<String> notice;
  private final Map<Integer, Double> underWay = new HashMap<>();
  private int finished;
  private boolean told;

  /**
   * @param watchedReplication the replication whose trajectory is watched for growth
   * @param before replications done before this run started (a comparison's earlier scenarios)
   * @param progress replications done so far, fractions of those under way included
   * @param notice the growth warning, once, as a sentence without a prefix
   */
  public LiveRun(StopRule stop, int watchedReplication, double before, DoubleConsumer progress,
      Consumer<String> notice) {
    this.stop = stop;
    this.watchedReplication = watchedReplication;
    this.before = before;
    this.progress = progress;
    this.notice = notice;
  }

  @Override
  public RunWatch started(int replication) {
    GrowthWatch growth = replication == watchedReplication && !told ? new GrowthWatch(stop) : null;
    return (now, inSystem) -> {
      if (Double.isFinite(stop.horizon())) {
        under(replication, Math.min(1, now / stop.horizon()));
      }
      if (growth != null && growth.look(now, inSystem)) {
        tell(growth.sentence());
      }
    };
  }

  @Override
  public synchronized void finished(int replication) {
    underWay.remove(replication);
    finished++;
    report();
  }

  private synchronized void under(int replication, double share) {
    underWay.put(replication, share);
    report();
  }

  private synchronized void tell(String sentence) {
    if (!told) {
      told = true;
      notice.accept(sentence);
    }
  }

  private void report() {
    double done = before + finished;
    for (double share : underWay.values()) {
      done += share;
    }
    progress.accept(done);
  }
}
