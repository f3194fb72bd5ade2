package dev.deliverysim.study;

import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.model.delivery.Skill;
import dev.deliverysim.report.FlowCharts;
import dev.deliverysim.report.HoursChart;
import dev.deliverysim.report.ResultsWriter;
import dev.deliverysim.report.RunRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where the first coding team's hours go in each scenario of a comparison: the VP's picture. */
final class HoursByScenario {
  private HoursByScenario() {}

  // stage-specific: to be generated from the stage list
  /** Was {@code CompareCommand.hoursChart}: the coding team, and one series per activity of {@link Headlines#ACTIVITIES}. */
  static FlowCharts.Drawn chart(ResultsWriter out, DeliveryDef base, List<RunRecord> runs, String unit)
      throws IOException {
    String team = base.teams().stream().filter(t -> t.skills().contains(Skill.CODE)).findFirst()
        .orElseThrow().name();
    List<String> names = runs.stream().map(RunRecord::scenarioName).toList();
    Map<String, List<Double>> hours = new LinkedHashMap<>();
    for (String activity : Headlines.ACTIVITIES) {
      List<Double> values = new ArrayList<>();
      for (RunRecord run : runs) {
        int at = run.catalog().indexOf("hours_" + activity + "@" + team);
        values.add(at < 0 ? 0.0 : run.summary().metrics().get(at).mean());
      }
      if (values.stream().anyMatch(v -> Math.abs(v) > 1e-9)) {
        hours.put(activity, values); // an activity nobody spends time on only crowds the legend
      }
    }
    return HoursChart.write(out, team, unit, names, hours);
  }
}
