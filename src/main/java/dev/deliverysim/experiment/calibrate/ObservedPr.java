package dev.deliverysim.experiment.calibrate;

import java.time.Instant;
import java.util.List;

/**
 * One change as the data shows it: a pull request (git, GitHub) or a work item (Jira, stage
 * timestamps). Times are instants; a time the source does not give is null, a count it does not
 * give is -1. The author is already a pseudonym unless names were asked for.
 *
 * @param id the PR number or issue key, for messages
 * @param opened when work became visible: the PR's creation (GitHub), its first commit (git), the
 *     item's creation or first stage (Jira, stages)
 * @param firstReview when its first review was submitted (GitHub) or review began (stages)
 * @param reviewDone when it left review (stages) or its last review was submitted (GitHub)
 * @param finished when it was merged, resolved or done; null when it never was
 * @param closedUnmerged true for a PR closed without merging
 * @param lines changed lines (additions + deletions), or -1
 * @param reviewRounds reviews submitted that asked for changes, plus one; -1 when unknown
 * @param visits its stays in each status or stage, in order, when the data gives them (Jira's
 *     status changes, stage timestamps); empty otherwise
 */
public record ObservedPr(String id, String author, boolean bot, Instant opened, Instant firstReview,
    Instant reviewDone, Instant finished, boolean closedUnmerged, long lines, int reviewRounds,
    List<StateVisit> visits) {
  public ObservedPr {
    visits = List.copyOf(visits);
  }

  /** A change whose data has no statuses or stages (git, GitHub, a Jira export without history). */
  public ObservedPr(String id, String author, boolean bot, Instant opened, Instant firstReview, Instant reviewDone,
      Instant finished, boolean closedUnmerged, long lines, int reviewRounds) {
    this(id, author, bot, opened, firstReview, reviewDone, finished, closedUnmerged, lines, reviewRounds, List.of());
  }
}
