package dev.deliverysim.model.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * Where people's hours go, generated from the stage list: the activity of each people-served
 * stage (coding, review, rework), merge conflicts, testing, the activity of every other skill a
 * gate needs (security, …), then incidents. Meetings and idle time are not jobs; they are derived
 * from focus and busy time. Each activity is a column of {@code hours_<activity>@<team>}.
 */
public final class Activities {
  /** The activities every organisation reports, in this order, whether or not anyone does them. */
  private static final List<String> ALWAYS = List.of("coding", "review", "rework", "conflicts", "testing");
  /** Time off jobs, derived rather than booked. */
  public static final List<String> OFF_JOBS = List.of("meetings", "idle");
  /** Labels no scenario's skill may take as its activity: they would share a column. */
  public static final List<String> RESERVED =
      List.of("coding", "review", "rework", "conflicts", "testing", "incidents", "meetings", "idle");

  private final List<String> labels;
  private final int[] gateColumn;
  private final int incidents;

  Activities(List<GateDef> gates) {
    List<String> all = new ArrayList<>(ALWAYS);
    gateColumn = new int[gates.size()];
    for (int g = 0; g < gates.size(); g++) {
      String activity = gates.get(g).activity();
      if (!activity.isEmpty() && !all.contains(activity)) {
        all.add(activity);
      }
      gateColumn[g] = activity.isEmpty() ? -1 : all.indexOf(activity);
    }
    incidents = all.size();
    all.add("incidents");
    labels = List.copyOf(all);
  }

  /** Every activity booked as jobs, in column order (without meetings and idle). */
  public List<String> jobs() {
    return labels;
  }

  int count() {
    return labels.size();
  }

  /** The column a job of this kind is booked to; {@code gate} matters for {@link Activity#GATE} only. */
  int column(Activity activity, int gate) {
    return switch (activity) {
      case CODING -> 0;
      case REVIEW -> 1;
      case REWORK -> 2;
      case CONFLICTS -> 3;
      case GATE -> gateColumn[gate];
      case INCIDENTS -> incidents;
    };
  }
}
