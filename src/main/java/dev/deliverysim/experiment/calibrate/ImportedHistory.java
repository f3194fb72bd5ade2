package dev.deliverysim.experiment.calibrate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import read: every change (bots' included, marked), the bots' PR counts by name, and
 * the warnings worth showing (each located: {@code file:line: …}).
 *
 * @param source the file or repository read
 * @param format {@code git}, {@code git-commits} (a git history without PRs, read commit by commit),
 *     {@code github}, {@code jira} or {@code stages}
 */
public record ImportedHistory(String source, String format, List<ObservedPr> changes, Map<String, Integer> bots,
    List<String> warnings) {
  /** Warnings beyond this many are counted, not listed. */
  public static final int MAX_WARNINGS = 20;

  public ImportedHistory {
    changes = List.copyOf(changes);
    bots = Map.copyOf(new TreeMap<>(bots));
    warnings = List.copyOf(warnings);
  }

  public List<ObservedPr> humans() {
    return changes.stream().filter(c -> !c.bot()).toList();
  }

  public long botChanges() {
    return changes.stream().filter(ObservedPr::bot).count();
  }
}
