package dev.deliverysim.study;

import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.MetricNames;
import dev.deliverysim.model.Place;
import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.model.delivery.Skill;
import dev.deliverysim.model.delivery.StageDef;
import dev.deliverysim.report.FlowCharts;
import dev.deliverysim.report.HoursChart;
import dev.deliverysim.report.ResultsWriter;
import dev.deliverysim.report.RunRecord;
import dev.deliverysim.report.StageColours;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where the first coding team's hours go in each scenario of a comparison: the VP's picture. */
final class HoursByScenario {
  private HoursByScenario() {}

  /**
   * The base's first coding team, one series per activity any scenario reports for it
   * ({@code hours_<activity>@<team>}, in catalogue order): a variant with a gate of its own adds
   * that gate's activity.
   */
  static FlowCharts.Drawn chart(ResultsWriter out, DeliveryDef base, List<RunRecord> runs, String unit)
      throws IOException {
    String team = base.teams().stream().filter(t -> t.skills().contains(Skill.CODE)).findFirst()
        .orElseThrow().name();
    Set<String> activities = new LinkedHashSet<>();
    for (RunRecord run : runs) {
      for (MetricKey key : run.catalog().keys()) {
        String activity = MetricNames.activityOf(key.name());
        if (!activity.isEmpty() && key.place().equals(Place.team(team))) {
          activities.add(activity);
        }
      }
    }
    List<String> names = runs.stream().map(RunRecord::scenarioName).toList();
    Map<String, List<Double>> hours = new LinkedHashMap<>();
    for (String activity : activities) {
      List<Double> values = new ArrayList<>();
      for (RunRecord run : runs) {
        int at = run.catalog().indexOf(MetricNames.hours(activity) + "@" + team);
        values.add(at < 0 ? 0.0 : run.summary().metrics().get(at).mean());
      }
      if (values.stream().anyMatch(v -> Math.abs(v) > 1e-9)) {
        hours.put(activity, values); // an activity nobody spends time on only crowds the legend
      }
    }
    Map<String, String> stageOf = new LinkedHashMap<>();
    for (StageDef stage : base.stages()) {
      if (!stage.activity().isEmpty()) {
        stageOf.putIfAbsent(stage.activity(), stage.name());
      }
    }
    StageColours colours = StageColours.of(base.stages().stream().map(StageDef::name).toList());
    return HoursChart.write(out, team, unit, names, hours, colours, stageOf);
  }
}
