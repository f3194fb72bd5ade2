package dev.deliverysim.study;

/**
 * What a study tells whoever started it while it runs: progress (for a bar, or a web page) and
 * notices — things worth a line that are not errors (charts skipped on a machine without fonts, a
 * warning about a variant). Calls may come from any worker thread.
 */
public interface StudyListener {
  /** A listener that hears nothing: for tests and scripts. */
  StudyListener SILENT = (done, total) -> {};

  /** {@code done} of {@code total} units of work (replications, points, variants) are finished. */
  void progress(long done, long total);

  /**
   * {@code done} of {@code total} replications, those under way counted by how far their clocks
   * have come — so a long replication moves the count too. The default passes whole ones on.
   */
  default void replications(double done, long total) {
    progress((long) Math.floor(done), total);
  }

  /** One line for the person waiting; the default ignores it. */
  default void notice(String message) {}
}
