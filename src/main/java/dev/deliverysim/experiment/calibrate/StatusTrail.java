package dev.deliverysim.experiment.calibrate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One work item's trail through its statuses or stages — each entry the time it entered one — made
 * into the change calibrate fits: it starts (cycle time) when it first enters a state worked in
 * (coding, review or a gate; {@link StateKind}), or its first state when none is; its review starts
 * when it first enters a review state and ends when it enters the state after its last review
 * visit; it is finished when it first enters a done state. Every stay becomes a {@link StateVisit}:
 * the time in each state.
 */
final class StatusTrail {
  /** The item entered {@code state} at {@code at}, as line {@code line} of the file says. */
  record Entry(String state, Instant at, long line) {}

  private StatusTrail() {}

  /** The change; {@code entries} are sorted here (by time, then by line). */
  static ObservedPr change(String id, List<Entry> entries, String author) {
    entries.sort(Comparator.comparing(Entry::at).thenComparingLong(Entry::line));
    Instant started = null;
    Instant firstReview = null;
    Instant reviewDone = null;
    Instant finished = null;
    int rounds = 0;
    List<StateVisit> visits = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      StateKind kind = StateKind.of(e.state());
      Instant next = i + 1 < entries.size() ? entries.get(i + 1).at() : null;
      if (kind != StateKind.DONE) {
        visits.add(new StateVisit(e.state(), e.at(), next));
      }
      if (started == null && kind.working()) {
        started = e.at();
      }
      if (kind == StateKind.REVIEW) {
        rounds++;
        firstReview = firstReview == null ? e.at() : firstReview;
        reviewDone = next;
      }
      if (finished == null && kind == StateKind.DONE) {
        finished = e.at();
      }
    }
    Instant opened = started != null ? started : entries.get(0).at();
    return new ObservedPr(id, author, false, opened, firstReview, reviewDone, finished, false, -1,
        rounds == 0 ? -1 : rounds, visits);
  }
}
