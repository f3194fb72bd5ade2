package dev.deliverysim.cli;

import dev.deliverysim.study.StudyListener;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * How a command hears a study: a progress bar with an ETA on standard error (the progressbar
 * library) for work that lasts more than a couple of seconds, and notices as lines on standard
 * error. The bar appears only after {@link #DELAY_NANOS}, only in an interactive terminal
 * ({@code System.console()}: standard input and output both a terminal; Java cannot ask about
 * standard error alone), never with {@code --quiet}, so short runs, pipes and CI stay clean.
 * Notices are problems worth a line, so {@code --quiet} keeps them. Results never depend on it.
 * Updates may come from any worker thread.
 */
final class Progress implements StudyListener, AutoCloseable {
  static final long DELAY_NANOS = 2_000_000_000L;

  private final String task;
  private final boolean enabled;
  private final PrintWriter err;
  private final long started = System.nanoTime();
  private ProgressBar bar;

  private Progress(String task, boolean enabled, PrintWriter err) {
    this.task = task;
    this.enabled = enabled;
    this.err = err;
  }

  /** A bar for {@code task}, shown only when standard error is a terminal and not {@code quiet}. */
  static Progress of(String task, boolean quiet, PrintWriter err) {
    return new Progress(task, !quiet && System.console() != null, err);
  }

  @Override
  public synchronized void progress(long done, long total) {
    step(done, total, "", 1);
  }

  /** Replications in thousandths, shown whole: the bar and its ETA move inside a long replication. */
  @Override
  public synchronized void replications(double done, long total) {
    // "runs", not "replications": a run's total includes the second pass that records its timeline
    step(Math.round(done * PARTS), total * PARTS, " runs", PARTS);
  }

  private static final long PARTS = 1000;

  private void step(long done, long total, String unit, long unitSize) {
    if (!enabled) {
      return;
    }
    if (bar == null) {
      if (System.nanoTime() - started < DELAY_NANOS || done >= total) {
        return;
      }
      bar = new ProgressBarBuilder()
          .setTaskName(task)
          .setInitialMax(total)
          .setUnit(unit, unitSize)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .clearDisplayOnFinish()
          .build();
    }
    bar.maxHint(total);
    bar.stepTo(done);
  }

  @Override
  public synchronized void notice(String message) {
    if (bar != null) {
      err.println(); // off the bar's line, which the bar draws again below
    }
    err.println(message);
    err.flush();
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
