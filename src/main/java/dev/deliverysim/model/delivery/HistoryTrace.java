package dev.deliverysim.model.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records one replication's pull requests as they move ({@link SimulatedPr}): an {@link Observer}
 * that only reads what it is told, so a traced replication has the same trajectory as an untraced
 * one. Rework a review asked for sends the PR back to {@code coding}, and its end back to
 * {@code review}; rework after a gate and resolving conflicts leave the PR where it was. Only for
 * exporting a history: it keeps a small record per PR, which a normal run never does.
 */
final class HistoryTrace implements Observer {
  private static final class Open {
    int author = TaskTable.NO_ONE;
    final List<SimulatedPr.Step> steps = new ArrayList<>();
    final List<SimulatedPr.Review> reviews = new ArrayList<>();
    Activity lastFinished;
    boolean reworkForReview;
  }

  private final Map<Integer, Open> open = new HashMap<>();
  private final List<SimulatedPr> merged = new ArrayList<>();
  /** Set once the simulation exists: the PRs' sizes. */
  TaskTable tasks;

  @Override
  public void started(double time, int person, Activity activity, int task, int author) {
    if (activity == Activity.INCIDENTS) {
      return; // an incident's id is not a PR's
    }
    Open pr = open.computeIfAbsent(task, t -> new Open());
    if (activity == Activity.CODING && pr.steps.isEmpty()) {
      pr.author = author;
      pr.steps.add(new SimulatedPr.Step("coding", time));
    } else if (activity == Activity.REWORK && pr.lastFinished == Activity.REVIEW) {
      int last = pr.reviews.size() - 1;
      SimulatedPr.Review review = pr.reviews.get(last);
      pr.reviews.set(last, new SimulatedPr.Review(review.reviewer(), review.at(), true));
      pr.steps.add(new SimulatedPr.Step("coding", time));
      pr.reworkForReview = true;
    }
  }

  @Override
  public void finished(double time, int person, Activity activity, int task) {
    if (activity == Activity.INCIDENTS) {
      return; // an incident's id is not a PR's: the PR of that number did not finish anything
    }
    Open pr = open.get(task);
    if (pr == null) {
      return;
    }
    if (activity == Activity.CODING || activity == Activity.REWORK && pr.reworkForReview) {
      pr.steps.add(new SimulatedPr.Step("review", time));
      pr.reworkForReview = false;
    } else if (activity == Activity.REVIEW) {
      pr.reviews.add(new SimulatedPr.Review(person, time, false));
    }
    pr.lastFinished = activity;
  }

  @Override
  public void merged(double time, int task) {
    Open pr = open.remove(task);
    if (pr != null && !pr.steps.isEmpty()) {
      // its serial, not its id: ids are recycled once a PR is deployed
      merged.add(new SimulatedPr(tasks.serial(task), pr.author, tasks.lines(task), time, pr.steps, pr.reviews));
    }
  }

  /** The PRs merged by the horizon, in the order they merged. */
  List<SimulatedPr> merged() {
    return List.copyOf(merged);
  }
}
