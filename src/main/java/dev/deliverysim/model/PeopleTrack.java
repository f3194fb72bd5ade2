package dev.deliverysim.model;

import java.util.List;

/**
 * What each person of a delivery organisation was doing over one replication, as it changed: the
 * simulation's own trace, for the workshop page's replay. Row i says that from {@code times[i]}
 * (hours) person {@code people[i]} was doing activity {@code doing[i]} (an index of
 * {@code activities}; {@link #IDLE} for none) on item {@code items[i]} (the item number of
 * {@link StateMoves}; −1 for none, or an incident). Meetings are not jobs in the model — they are
 * the share of every hour a team's focus leaves out — so they never show here.
 *
 * @param teams the teams, in order
 * @param team each person's team, an index of {@code teams} (a team's people are consecutive)
 * @param activities every activity a job is booked to, as the hours report them ({@code coding},
 *     {@code review}, …, {@code incidents})
 * @param activityStages for each activity, the stage whose colour it takes (the gate a skill serves,
 *     {@code coding} for coding, …), or "" for none (merge conflicts, incidents)
 * @param until the time up to which every change is recorded: the end of the run, or earlier when
 *     the trace reached its size bound and stopped
 */
public record PeopleTrack(List<String> teams, int[] team, List<String> activities, List<String> activityStages,
    double[] times, int[] people, int[] doing, int[] items, double until) {
  /** {@link #doing} value of a person on no job. */
  public static final int IDLE = -1;

  public PeopleTrack {
    teams = List.copyOf(teams);
    activities = List.copyOf(activities);
    activityStages = List.copyOf(activityStages);
    int n = times.length;
    if (people.length != n || doing.length != n || items.length != n || activityStages.size() != activities.size()) {
      throw new IllegalArgumentException("one person, activity and item per change; one stage per activity");
    }
  }

  public int size() {
    return times.length;
  }

  /** For each snapshot time, how many changes came before it (see {@link StateMoves#before}). */
  public int[] before(double[] snapshots) {
    return Rows.before(times, snapshots);
  }
}
