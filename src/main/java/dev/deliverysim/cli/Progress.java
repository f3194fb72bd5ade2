package dev.deliverysim.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar with an ETA on standard error (the progressbar library), for work that lasts
 * more than a couple of seconds: it appears only after {@link #DELAY_NANOS}, only in an interactive
 * terminal ({@code System.console()}: standard input and output both a terminal; Java cannot ask
 * about standard error alone), never with {@code --quiet}, so short runs, pipes and CI stay clean. Results never depend
 * on it. Updates may come from any worker thread.
 */
final class Progress implements AutoCloseable {
  static final long DELAY_NANOS = 2_000_000_000L;

  private final String task;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private ProgressBar bar;

  private Progress(String task, boolean enabled) {
    this.task = task;
    this.enabled = enabled;
  }

  /** A bar for {@code task}, shown only when standard error is a terminal and not {@code quiet}. */
  static Progress of(String task, boolean quiet) {
    return new Progress(task, !quiet && System.console() != null);
  }

  synchronized void update(long done, long total) {
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
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .clearDisplayOnFinish()
          .build();
    }
    bar.maxHint(total);
    bar.stepTo(done);
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
