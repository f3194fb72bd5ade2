package dev.deliverysim.study;

import dev.deliverysim.model.StationLoad;
import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.model.delivery.Skill;
import dev.deliverysim.model.delivery.TeamDef;
import dev.deliverysim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The metrics worth a line in a printed table or a comparison, and the activities people's hours
 * are split into: shared by the command line and (later) the web page, so both show the same.
 */
public final class Headlines {
  // stage-specific: to be generated from the stage list
  /** The delivery metrics {@code run} prints first (was {@code DeliveryTable.HEADLINE}). */
  public static final List<String> DELIVERY = List.of(
      "features_delivered", "tasks_coded", "prs_merged", "lead_time_p50", "lead_time_p85",
      "cycle_time_p85", "review_time_mean", "wip_mean", "flow_efficiency", "change_failure_rate");

  // stage-specific: to be generated from the stage list
  /**
   * Where people's hours go, in table and chart order (was {@code DeliveryTable.ACTIVITIES} and
   * {@code CompareCommand.ACTIVITIES}: the same list, kept once).
   */
  public static final List<String> ACTIVITIES =
      List.of("coding", "review", "rework", "conflicts", "testing", "incidents", "meetings", "idle");

  /** Printed after the delivery headline when incidents are modelled. */
  public static final List<String> INCIDENTS = List.of("incidents", "time_to_restore_mean");

  private Headlines() {}

  // stage-specific: to be generated from the stage list
  /** The metrics a comparison prints for this kind of scenario (was {@code CompareCommand.headline}). */
  public static List<String> comparison(Scenario scenario) {
    List<String> labels = new ArrayList<>();
    if (scenario.body() instanceof Scenario.DeliveryBody delivery) {
      DeliveryDef def = delivery.delivery();
      labels.addAll(List.of("features_delivered", "tasks_coded", "prs_merged", "cycle_time_p85",
          "review_time_mean", "change_failure_rate"));
      if (def.incidents().modelled()) {
        labels.addAll(List.of("incidents", "time_to_restore_mean"));
      }
      for (TeamDef team : def.teams()) {
        List<String> hours = team.skills().contains(Skill.CODE)
            ? List.of("hours_coding", "hours_review", "hours_rework")
            : team.skills().contains(Skill.REVIEW) ? List.of("hours_review") : List.of("hours_testing");
        hours.forEach(metric -> labels.add(metric + "@" + team.name()));
      }
    } else {
      labels.addAll(List.of("throughput", "sojourn_mean", "sojourn_p85", "wip_mean"));
      for (StationLoad load : scenario.loads()) {
        labels.add("utilisation@" + load.station());
      }
    }
    return labels;
  }
}
