package dev.deliverysim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A test model: writes down everything its {@link EventLoop} hands it, as {@code "fire 3 @1.5"},
 * {@code "warm-up @2.0"}, {@code "snapshot @2.0"} or {@code "horizon @10.0"}, and can react to a
 * fired payload (schedule a successor, stop the run, uncount the event).
 */
final class Journal implements EventHandler {
  final EventLoop loop;
  final List<String> entries = new ArrayList<>();
  private IntConsumer reaction = payload -> {};

  Journal(EventLoop loop) {
    this.loop = loop;
  }

  Journal onFire(IntConsumer reaction) {
    this.reaction = reaction;
    return this;
  }

  @Override
  public void fire(int payload) {
    entries.add("fire " + payload + " @" + loop.now());
    reaction.accept(payload);
  }

  @Override
  public void warmupEnded(double now) {
    entries.add("warm-up @" + now);
  }

  @Override
  public void snapshot(double now) {
    entries.add("snapshot @" + now);
  }

  @Override
  public void horizonReached(double now) {
    entries.add("horizon @" + now);
  }

  @Override
  public long inSystem() {
    return 0;
  }

  /** The entries for model events only. */
  List<String> fired() {
    return entries.stream().filter(e -> e.startsWith("fire")).toList();
  }
}
