package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The review stage at run time: how a PR's request for review reaches a reviewer — it joins the
 * {@link ReviewDesk}, is put off for a while if it is an AI PR reviewers avoid, is taken up in a
 * reviewer's session or interrupts one, and its first review ends its pickup wait — and what a
 * review's end does to the PR.
 */
final class ReviewRequests {
  private final DeliverySimulation sim;
  private final ReviewDesk desk;
  private final TaskTable tasks;
  private final People people;
  /** Assisted PRs: how long reviewers put each off. */
  private ContinuousSampler aiPickupDelay;
  private final UniformRandomProvider aiPickupDelayStream;
  /** With review sessions: each reviewer's first session falls at a random phase of the period. */
  private final UniformRandomProvider sessionPhase;
  /** Whether reviewers ask an AI PR for changes all the same, or close it unmerged. */
  private final UniformRandomProvider aiChangeRequests;
  private final UniformRandomProvider aiClosedUnmerged;
  /** Whether a PR needs a code owner: drawn only for a share strictly between 0 and 1. */
  private final UniformRandomProvider owners;

  ReviewRequests(DeliverySimulation sim, RandomStreams streams) {
    this.sim = sim;
    this.desk = sim.reviews;
    this.tasks = sim.tasks;
    this.people = sim.people;
    aiPickupDelayStream = streams.stream(DeliveryStreams.AI_PICKUP_DELAY);
    follow(sim.def);
    sessionPhase = desk.sessions() ? streams.stream(DeliveryStreams.REVIEW_SESSIONS) : null;
    aiChangeRequests = streams.stream(DeliveryStreams.AI_CHANGE_REQUESTS);
    aiClosedUnmerged = streams.stream(DeliveryStreams.AI_CLOSED_UNMERGED);
    owners = streams.stream(DeliveryStreams.REVIEW_OWNERS);
  }

  /** From now on AI PRs are put off as {@code next} says (a phase began), drawing on the same stream. */
  void follow(DeliveryDef next) {
    aiPickupDelay = next.ai().review().pickupDelay().sampler(aiPickupDelayStream);
  }

  /** With review sessions, every reviewer's first one, at a random phase of the period. */
  void scheduleFirstSessions() {
    if (sessionPhase == null) {
      return;
    }
    for (int p = 0; p < people.count; p++) {
      if (people.reviews(p)) {
        sim.schedule(DeliverySimulation.REVIEW_SESSION, sessionPhase.nextDouble() * desk.sessionEvery(), p);
      }
    }
  }

  /** The PR asks for review for the first time, or after its author answered the changes asked for. */
  void ready(int task) {
    double now = sim.now();
    if (Double.isNaN(tasks.firstReadyForReview(task))) {
      tasks.setFirstReadyForReview(task, now);
      double ownerShare = sim.def.review().owners().share();
      tasks.setNeedsOwner(task, ownerShare >= 1 || (ownerShare > 0 && owners.nextDouble() < ownerShare));
      sim.stats.count(Count.PRS_OPENED);
      sim.stats.prSize.add(tasks.lines(task));
      if (tasks.assisted(task) && sim.def.ai().review().delaysPickup()) {
        // reviewers put an AI PR off for a while before anyone takes it up
        tasks.setHiddenUntil(task, now + aiPickupDelay.sample());
        sim.schedule(DeliverySimulation.AI_PR_SHOWN, tasks.hiddenUntil(task), task);
      }
    }
    tasks.setReadySince(task, now);
    ask(task);
  }

  /** A PR opened that goes straight to the gates: counted as opened, never as reviewed. */
  void openedWithoutReview(int task) {
    sim.stats.count(Count.PRS_OPENED);
    sim.stats.prSize.add(tasks.lines(task));
  }

  /** An AI PR reviewers had put off may now be taken up. */
  void shown(int task) {
    if (desk.interrupts()) {
      interruptForReview(task);
    }
    sim.dispatch();
  }

  /** The PR, approved once, asks a second reviewer. */
  void askAgain(int task) {
    tasks.setReadySince(task, sim.now());
    ask(task);
  }

  private void ask(int task) {
    desk.ready(task);
    if (desk.interrupts()) {
      interruptForReview(task);
    }
  }

  /** {@code p} starts reviewing {@code task}; the first review of a PR ends its pickup wait. */
  void startReview(int p, int task, double effort) {
    double now = sim.now();
    if (Double.isNaN(tasks.firstReviewStarted(task))) {
      tasks.setFirstReviewStarted(task, now);
      double pickup = now - tasks.firstReadyForReview(task);
      sim.stats.reviewPickup.add(pickup);
      sim.stats.reviewPickupMedian.add(pickup);
    }
    sim.start(p, Activity.REVIEW, task, effort, DeliveryDef.REVIEW);
  }

  /**
   * A review session of {@code p}'s begins, if they have something to review and are not restoring
   * service or serving a gate: their own job is set aside until the session ends.
   */
  void session(int p) {
    sim.schedule(DeliverySimulation.REVIEW_SESSION, sim.now() + desk.sessionEvery(), p);
    Activity doing = people.doing(p);
    if (doing == Activity.INCIDENTS || doing == Activity.GATE || sim.interruptions.holdsDroppedJob(p)
        || !desk.beginSession(p)) {
      return;
    }
    if (doing != null && doing.ownWork()) {
      sim.interruptions.setAside(p, Count.SET_ASIDE_FOR_REVIEW);
    }
    sim.dispatch();
  }

  /**
   * A review request interrupts a reviewer unless one who may take it is free: the assigned
   * reviewer, or in a pool the one who started their own job last. Their job is set aside.
   */
  private void interruptForReview(int task) {
    if (tasks.hiddenUntil(task) > sim.now()) {
      return; // put off: the request interrupts nobody yet
    }
    boolean assigned = sim.def.review().process().assigned();
    int chosen = ReviewDesk.NONE;
    for (int q = 0; q < people.count; q++) {
      if (!desk.mayReview(q, task) || (assigned && tasks.reviewer(task) != q)) {
        continue;
      }
      if (people.idle(q)) {
        return; // the next dispatch gives it to them
      }
      if (people.doing(q).ownWork() && !sim.interruptions.holdsDroppedJob(q)
          && (chosen == ReviewDesk.NONE || people.started(q) > people.started(chosen))) {
        chosen = q;
      }
    }
    if (chosen != ReviewDesk.NONE) {
      sim.interruptions.setAside(chosen, Count.SET_ASIDE_FOR_REVIEW);
      double effort = sim.chooser.reviewEffort(task) + desk.interruptCost();
      startReview(chosen, desk.take(chosen, task, effort), effort);
    }
  }

  /**
   * A review of {@code task} by {@code reviewer} ended: the PR is closed unmerged (an AI PR), sent
   * back with changes asked for, passed to a second reviewer, or approved for the gates.
   */
  void reviewed(int task, int reviewer) {
    sim.stats.count(Count.REVIEWS_DONE);
    AiReviewDef aiReview = sim.def.ai().review();
    if (tasks.assisted(task) && aiReview.closeUnmerged() > 0 && aiClosedUnmerged.nextDouble() < aiReview.closeUnmerged()) {
      closeUnmerged(task, aiReview.redoEffort());
      return;
    }
    ReviewDef review = sim.def.review();
    double skimmed = review.skimmed(sim.chooser.uncappedReviewEffort(task));
    int found = sim.defects.found(task, review.detectionFor(tasks.lines(task)) * skimmed);
    // an AI PR may be sent back for readability or design even when no defect was found
    boolean restyle = found == 0 && tasks.assisted(task) && sim.def.ai().review().changeRequests() > 0
        && aiChangeRequests.nextDouble() < sim.def.ai().review().changeRequests();
    if (found > 0 || restyle) {
      sim.stats.count(Count.REVIEWS_WITH_CHANGES);
      tasks.setApprovedBy(task, TaskTable.NO_ONE); // changes requested: approvals start again
      sim.defects.sendBack(task, found, Math.max(found, 1), TaskTable.BACK_TO_REVIEW);
      return;
    }
    if (sim.def.review().approvals() == 2 && tasks.approvedBy(task) == TaskTable.NO_ONE) {
      tasks.setApprovedBy(task, reviewer); // one approval: someone else must approve too
      desk.releaseReviewer(task);
      askAgain(task);
      return;
    }
    tasks.setApprovedBy(task, TaskTable.NO_ONE);
    double inReview = sim.now() - tasks.firstReadyForReview(task);
    sim.stats.reviewTime.add(inReview);
    sim.stats.reviewTimeMedian.add(inReview);
    sim.toGate(task, 0);
  }

  /**
   * The review closes the PR without merging it: its author redoes the work ({@code redo} times the
   * task's coding effort, booked as rework) and opens a new PR, whose pickup and review time count
   * afresh. The latent defects stay: the redo neither adds nor removes any (an assumption).
   */
  private void closeUnmerged(int task, double redo) {
    sim.stats.count(Count.PRS_CLOSED_UNMERGED);
    tasks.setApprovedBy(task, TaskTable.NO_ONE);
    tasks.setReviewer(task, TaskTable.NO_ONE);
    tasks.setFirstReadyForReview(task, Double.NaN);
    tasks.setFirstReviewStarted(task, Double.NaN);
    tasks.setPendingRework(task, redo * tasks.codingEffort(task));
    tasks.setReturnTo(task, TaskTable.BACK_TO_REVIEW);
    tasks.setReadySince(task, sim.now());
    sim.stages.backToAuthor(task);
  }
}
