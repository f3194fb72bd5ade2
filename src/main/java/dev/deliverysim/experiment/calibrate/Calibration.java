package dev.deliverysim.experiment.calibrate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * What a team's history says over one window, in the simulation's working hours: how many changes
 * people and bots finished, per week; how many people authored them; and the laws of PR size,
 * time to first review, time in review and cycle time, each fitted by {@link LawFit}. Changes
 * count by the week they finished in; a change never finished counts nowhere.
 *
 * @param weekly changes people finished, per week of the window
 * @param authorsPerWeek the mean number of distinct people who finished a change each week
 * @param authors the distinct people over the window
 * @param regulars the people who finished a change in at least a tenth of the window's weeks, and in
 *     two weeks at least: the team, as against drive-by contributors
 * @param size changed lines per PR, or null when the data has no sizes (Jira) or too few
 * @param pickup hours from opening a PR to its first review (GitHub only: elsewhere the opening is not a
 *     request for review), or null
 * @param inReview hours from the first review to the merge (GitHub) or to leaving review (stages), or null
 * @param cycle hours from opening to finishing, or null
 * @param roundsKnown changes whose review rounds the data gives
 * @param changesRequested the share of those whose first review asked for changes
 * @param byAuthor changes finished per author (pseudonyms unless names were kept)
 * @param cycleHours, pickupHours, reviewHours, sizes the observations behind the fits (arrays: a record's equality is not used)
 * @param states the time in each status or stage, in the order the data first shows them (Jira's
 *     status history, stage timestamps); empty for other data
 * @param coding the law of each item's hours in its first stay in a coding state (in progress,
 *     development…; later stays are rework), or null
 */
public record Calibration(ImportedHistory history, Window window, double hoursPerDay, int[] weekly, int people,
    int bots, int closedUnmerged, double authorsPerWeek, int authors, int regulars, LawFit size, LawFit pickup, LawFit inReview,
    LawFit cycle, int roundsKnown, double roundsMean, double changesRequested, double[] cycleHours,
    double[] pickupHours, double[] reviewHours, double[] sizes, Map<String, Integer> byAuthor, List<StateTime> states,
    LawFit coding) {
  /** The fewest weeks with a finished change that make an author one of the team. */
  static final int REGULAR_WEEKS = 2;

  public Calibration {
    states = List.copyOf(states);
  }

  public static Calibration of(ImportedHistory history, Window window, double hoursPerDay) {
    int[] weekly = new int[window.weeks()];
    List<Set<String>> authorsByWeek = new ArrayList<>();
    for (int i = 0; i < weekly.length; i++) {
      authorsByWeek.add(new HashSet<>());
    }
    Set<String> authors = new HashSet<>();
    Map<String, Integer> byAuthor = new HashMap<>();
    List<Double> sizes = new ArrayList<>();
    List<Double> pickups = new ArrayList<>();
    List<Double> inReview = new ArrayList<>();
    List<Double> cycles = new ArrayList<>();
    int people = 0;
    int bots = 0;
    int closed = 0;
    int roundsKnown = 0;
    long rounds = 0;
    int requested = 0;
    Map<String, List<Double>> inState = new LinkedHashMap<>();
    List<Double> coding = new ArrayList<>();
    // only a PR's creation is a request for review; a stage row's first stage is the start of coding
    boolean pickupObservable = history.format().equals("github");
    boolean stages = history.format().equals("stages");
    for (ObservedPr c : history.changes()) {
      if (c.closedUnmerged() && window.contains(c.opened())) {
        closed++;
      }
      if (!window.contains(c.finished()) || c.closedUnmerged()) {
        continue;
      }
      if (c.bot()) {
        bots++;
        continue;
      }
      people++;
      int week = window.week(c.finished());
      weekly[week]++;
      authorsByWeek.get(week).add(c.author());
      authors.add(c.author());
      byAuthor.merge(c.author(), 1, Integer::sum);
      if (c.lines() > 0) {
        sizes.add((double) c.lines());
      }
      if (c.opened() != null && !c.opened().isAfter(c.finished())) {
        cycles.add(WorkingTime.hours(c.opened(), c.finished(), hoursPerDay));
        if (pickupObservable && c.firstReview() != null && !c.firstReview().isBefore(c.opened())) {
          pickups.add(WorkingTime.hours(c.opened(), c.firstReview(), hoursPerDay));
        }
      }
      // out of review: at the merge (GitHub), or on entering the stage after review (stages)
      Instant reviewEnd = stages && c.reviewDone() != null ? c.reviewDone() : c.finished();
      if (c.firstReview() != null && !c.firstReview().isAfter(reviewEnd)) {
        inReview.add(WorkingTime.hours(c.firstReview(), reviewEnd, hoursPerDay));
      }
      addStays(c, hoursPerDay, inState, coding);
      if (c.reviewRounds() > 0 && c.firstReview() != null) {
        roundsKnown++;
        rounds += c.reviewRounds();
        requested += c.reviewRounds() > 1 ? 1 : 0;
      }
    }
    double authorsPerWeek = authorsByWeek.stream().mapToInt(Set::size).average().orElse(0);
    Map<String, Integer> weeksActive = new HashMap<>();
    authorsByWeek.forEach(week -> week.forEach(a -> weeksActive.merge(a, 1, Integer::sum)));
    int regulars = (int) weeksActive.values().stream().filter(w -> w >= REGULAR_WEEKS && 10 * w >= weekly.length)
        .count();
    double[] cycleHours = array(cycles);
    double[] pickupHours = array(pickups);
    double[] reviewHours = array(inReview);
    return new Calibration(history, window, hoursPerDay, weekly, people, bots, closed, authorsPerWeek, authors.size(),
        regulars,
        LawFit.best(array(sizes)), LawFit.best(pickupHours), LawFit.best(reviewHours), LawFit.best(cycleHours),
        roundsKnown, roundsKnown == 0 ? Double.NaN : (double) rounds / roundsKnown,
        roundsKnown == 0 ? Double.NaN : (double) requested / roundsKnown, cycleHours, pickupHours, reviewHours,
        array(sizes), Map.copyOf(byAuthor), stateTimes(inState), LawFit.best(array(coding)));
  }

  /** The item's hours in each state it left (its stays there summed), and in its first coding stay. */
  private static void addStays(ObservedPr c, double hoursPerDay, Map<String, List<Double>> inState,
      List<Double> coding) {
    if (c.visits().isEmpty()) {
      return;
    }
    Map<String, Double> hours = new LinkedHashMap<>();
    boolean coded = false;
    for (StateVisit v : c.visits()) {
      if (v.to() != null && !v.to().isBefore(v.from())) {
        double h = WorkingTime.hours(v.from(), v.to(), hoursPerDay);
        hours.merge(v.state(), h, Double::sum);
        if (!coded && StateKind.of(v.state()) == StateKind.CODING) {
          coding.add(h); // the first stay only: later ones are rework, which the model prices apart
          coded = true;
        }
      }
    }
    hours.forEach((state, h) -> inState.computeIfAbsent(state, k -> new ArrayList<>()).add(h));
  }

  private static List<StateTime> stateTimes(Map<String, List<Double>> inState) {
    List<StateTime> states = new ArrayList<>();
    inState.forEach((state, hours) -> {
      double[] x = array(hours);
      states.add(new StateTime(state, StateKind.of(state), LawFit.best(x), x.length,
          java.util.Arrays.stream(x).average().orElse(Double.NaN)));
    });
    return states;
  }

  /** Changes people finished per week over the window. */
  public double throughputPerWeek() {
    return (double) people / window.weeks();
  }

  /** Bots' share of the changes finished. */
  public double botShare() {
    return people + bots == 0 ? 0 : (double) bots / (people + bots);
  }

  /** The observed percentile ({@code q} in (0, 1)) of cycle time in working hours, NaN without data. */
  public double cycleHours(double q) {
    return cycleHours.length == 0 ? Double.NaN : Quantile.withDefaults().evaluate(cycleHours, q);
  }

  /** The observed percentile of time to first review, in working hours, NaN without data. */
  public double pickupHours(double q) {
    return pickupHours.length == 0 ? Double.NaN : Quantile.withDefaults().evaluate(pickupHours, q);
  }

  /** {@code 412 PRs, 2025-06-02..2025-11-30}. */
  public String sample(int n) {
    String what = switch (history.format()) {
      case "jira", "stages" -> "items";
      case "git-commits" -> "commits";
      default -> "PRs";
    };
    return n + " " + what + ", " + window;
  }

  private static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
