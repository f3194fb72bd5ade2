package dev.deliverysim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code gates[].per} (issue 10): a gate charges one pass per PR, per task or per feature. With
 * one PR a task, per task is per PR bit for bit; with three PRs a task the gate's machines work a
 * third as much per task; with two tasks a feature and per feature, half; and every PR is still
 * checked for defects — with a gate that finds everything, nothing escapes either way.
 */
class GateChargingValidation {
  private static final String TEAM = """
      name: charging
      run: {horizon: 2000h, warmup: 200h, replications: 1, seed: 5}
      delivery:
        work:
          features: {rate: 0.4}
          tasks_per_feature: {fixed: TASKS}
          prs_per_task: {fixed: PRS}
          task_effort: {exponential: {mean: 3h}}
        teams:
          - {name: devs, headcount: 12, skills: [code, review], focus: 1}
        quality: {defects_per_kloc: 20}
        gates:
          - {name: ci, machines: 20, duration: {fixed: 1h}, detection: DETECTION, per: PER}
      """;

  private static double[] run(int tasks, int prs, String per, double detection, String metric) throws ScenarioException {
    String yaml = TEAM.replace("TASKS", String.valueOf(tasks)).replace("PRS", String.valueOf(prs))
        .replace("PER", per).replace("DETECTION", String.valueOf(detection));
    SimulationModel model = ScenarioLoader.loadString(yaml, "charging.yaml", List.of()).scenario().model();
    ReplicationResult r = model.replicate(5, 0);
    return metric == null ? r.values() : new double[] {r.values()[model.catalog().indexOf(metric)]};
  }

  @Test
  void perTaskWithOnePrATaskIsPerPrBitForBit() throws ScenarioException {
    assertArrayEquals(run(1, 1, "pr", 0.5, null), run(1, 1, "task", 0.5, null));
    assertArrayEquals(run(1, 1, "pr", 0.5, null), run(1, 1, "feature", 0.5, null));
  }

  @Test
  void machinesWorkOnePassPerTaskOrFeature() throws ScenarioException {
    double perPr = run(1, 3, "pr", 0, "utilisation@ci")[0];
    double perTask = run(1, 3, "task", 0, "utilisation@ci")[0];
    assertEquals(3, perPr / perTask, 0.03, "three PRs a task: " + perPr + " against " + perTask);
    double perTaskOfTwo = run(2, 1, "pr", 0, "utilisation@ci")[0];
    double perFeature = run(2, 1, "feature", 0, "utilisation@ci")[0];
    assertEquals(2, perTaskOfTwo / perFeature, 0.03, "two tasks a feature: " + perTaskOfTwo + " against " + perFeature);
  }

  @Test
  void everyPrIsStillCheckedForDefects() throws ScenarioException {
    for (String per : List.of("pr", "task", "feature")) {
      assertEquals(0, run(2, 3, per, 1.0, "change_failure_rate")[0], per + ": a gate that finds everything");
      assertTrue(run(2, 3, per, 0.0, "change_failure_rate")[0] > 0.1, per + ": defects do escape a gate that finds none");
    }
  }
}
