package dev.deliverysim.model;

import java.util.Arrays;
import java.util.List;

/**
 * Records {@link Moves} as a network replication runs: one row per move, in primitive arrays that
 * grow by doubling, up to {@value #MOST} moves (then it stops and says until when it is complete).
 * Job ids are recycled by the job table, so each job gets an item number when it first appears and
 * loses it when it leaves; the page follows items, not ids.
 */
final class MoveTrace {
  /** The most moves one replay records: a few megabytes of JSON, enough for the shipped games and lines. */
  static final int MOST = 200_000;

  private final List<String> stationNames;
  private final int[] servers;
  private double[] times = new double[1024];
  private int[] items = new int[1024];
  private int[] stations = new int[1024];
  private boolean[] serving = new boolean[1024];
  private int size;
  /** The item number of each job id, −1 while the id is free. */
  private int[] itemOfJob = filled(new int[256]);
  private int nextItem;
  private double until = Double.POSITIVE_INFINITY;

  MoveTrace(List<String> stationNames, int[] servers) {
    this.stationNames = stationNames;
    this.servers = servers;
  }

  /** Job {@code job} is at {@code station} at {@code now}, waiting or on a server; nothing without a trace. */
  static void at(MoveTrace trace, double now, int job, int station, boolean onServer) {
    if (trace != null) {
      trace.record(now, trace.item(job), station, onServer);
    }
  }

  /** Job {@code job} left the network (finished or lost), its id free for a new item; nothing without a trace. */
  static void gone(MoveTrace trace, double now, int job) {
    if (trace != null) {
      trace.record(now, trace.item(job), -1, false);
      trace.itemOfJob[job] = -1;
    }
  }

  Moves build(double end) {
    return new Moves(stationNames, servers.clone(), Arrays.copyOf(times, size), Arrays.copyOf(items, size),
        Arrays.copyOf(stations, size), Arrays.copyOf(serving, size), Math.min(until, end));
  }

  private int item(int job) {
    if (job >= itemOfJob.length) {
      int old = itemOfJob.length;
      itemOfJob = Arrays.copyOf(itemOfJob, Math.max(job + 1, 2 * old));
      Arrays.fill(itemOfJob, old, itemOfJob.length, -1);
    }
    if (itemOfJob[job] < 0) {
      itemOfJob[job] = nextItem++;
    }
    return itemOfJob[job];
  }

  private void record(double now, int item, int station, boolean onServer) {
    if (size == MOST) {
      until = Math.min(until, now); // complete up to here: later moves are not recorded
      return;
    }
    if (size == times.length) {
      int n = 2 * size;
      times = Arrays.copyOf(times, n);
      items = Arrays.copyOf(items, n);
      stations = Arrays.copyOf(stations, n);
      serving = Arrays.copyOf(serving, n);
    }
    times[size] = now;
    items[size] = item;
    stations[size] = station;
    serving[size] = onServer;
    size++;
  }

  private static int[] filled(int[] ids) {
    Arrays.fill(ids, -1);
    return ids;
  }
}
