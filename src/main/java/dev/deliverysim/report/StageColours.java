package dev.deliverysim.report;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per stage, the same in every chart: a stage takes the Okabe–Ito colour of its
 * position in the scenario's stage list (coding, review, rework, then each gate; a network's
 * stations in order), so review is orange in the cumulative flow, the queues, the aging chart, the
 * sweep's charts and the hours chart alike. What is not a stage of the list — "done", the sprint
 * backlog, a release train, work put aside, a team's meetings or idle time — is grey, each its own
 * shade, so colour always means "this stage".
 *
 * <p>A name that is both a stage and one of those (a gate called "release") is a stage.
 */
public final class StageColours {
  /** Okabe–Ito without black (kept for totals and markers): seven hues, then they repeat. */
  private static final Color[] HUES = {
    ChartFiles.PALETTE[0], ChartFiles.PALETTE[1], ChartFiles.PALETTE[2], ChartFiles.PALETTE[3],
    ChartFiles.PALETTE[4], ChartFiles.PALETTE[5], ChartFiles.PALETTE[6]
  };
  /** Greys, darkest first, for what is not a stage. */
  private static final Color[] GREYS = {
    new Color(0x555555), new Color(0x888888), new Color(0xAAAAAA), new Color(0xC8C8C8), new Color(0xE2E2E2)
  };
  public static final String DONE = "done";
  /**
   * The greys of what the charts show beside the stages, fixed so that each keeps its shade from
   * chart to chart: work done, the sprint backlog, a release train, work put aside (the timeline's
   * other states); a team's incidents, conflicts, meetings and idle time (the hours chart).
   */
  private static final Map<String, Color> FIXED_GREYS = Map.of(
      DONE, GREYS[0], "incidents", GREYS[0], "release", GREYS[1], "conflicts", GREYS[1],
      "interrupted", GREYS[2], "meetings", GREYS[2], "backlog", GREYS[3], "idle", GREYS[4]);

  private final Map<String, Color> stages = new LinkedHashMap<>();
  private final Map<String, Color> others = new LinkedHashMap<>();

  private StageColours(List<String> stages) {
    for (String stage : stages) {
      this.stages.putIfAbsent(stage, HUES[this.stages.size() % HUES.length]);
    }
  }

  /** The colours of {@code stages}, in the scenario's flow order. */
  public static StageColours of(List<String> stages) {
    return new StageColours(stages);
  }

  /** Whether {@code name} is one of the stages (not a grey). */
  public boolean isStage(String name) {
    return stages.containsKey(name);
  }

  /** The stage's colour; a grey for anything else, the same grey for the same name. */
  public Color of(String name) {
    Color stage = stages.get(name);
    if (stage != null) {
      return stage;
    }
    Color fixed = FIXED_GREYS.get(name);
    return fixed != null ? fixed : others.computeIfAbsent(name, n -> GREYS[others.size() % GREYS.length]);
  }

  /** The stages, in flow order. */
  public List<String> stages() {
    return List.copyOf(stages.keySet());
  }
}
