package dev.deliverysim.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What {@code bench} times with: the wall clock (the default), or the bench thread's CPU time
 * ({@code --cpu-time}), which leaves out the time the thread waited for a core while other work
 * shared the machine. Neither leaves out the JIT's and the collector's own threads' effect on caches.
 */
enum BenchClock {
  WALL {
    @Override
    long nanos() {
      return System.nanoTime();
    }
  },
  CPU {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    long nanos() {
      return threads.getCurrentThreadCpuTime();
    }
  };

  abstract long nanos();

  /** The header of the seconds column. */
  String label() {
    return this == WALL ? "wall s" : "cpu s";
  }

  String description() {
    return this == WALL ? "wall clock" : "thread CPU time";
  }
}
