package dev.deliverysim.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What {@code bench} times with: the wall clock (the default), or the bench thread's CPU time
 * ({@code --cpu-time}), which leaves out the time the thread waited for a core while other work
 * shared the machine — and also stop-the-world collector pauses and the collector's own threads'
 * work, so a build that allocates more looks a little cheaper by it than by the wall clock. Neither
 * leaves out the JIT's and the collector's threads' effect on caches.
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

  /** Whether this JVM measures the current thread's CPU time (HotSpot on Linux does, by default). */
  static boolean cpuTimeAvailable() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
  }

  /** The header of the seconds column. */
  String label() {
    return this == WALL ? "wall s" : "cpu s";
  }

  String description() {
    return this == WALL ? "wall clock" : "thread CPU time";
  }
}
