package dev.deliverysim.experiment.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameter with the effects of all its changes and its place in the ranking (1 = moves the metric
 * most): "what to improve first" is the top of this list.
 */
public record RankedParameter(int rank, NumericParameter parameter, List<Effect> effects) {

  public RankedParameter {
    effects = List.copyOf(effects);
  }

  /** The largest |relative change| over the parameter's changes; −1 when none was measured. */
  public double strength() {
    return effects.stream().mapToDouble(Effect::strength).max().orElse(-1);
  }

  /**
   * Groups effects by parameter and ranks by strength, strongest first; ties keep document order so
   * the ranking is the same on every run.
   */
  public static List<RankedParameter> rank(List<NumericParameter> parameters, List<Effect> effects) {
    Map<String, List<Effect>> byPath = new LinkedHashMap<>();
    parameters.forEach(p -> byPath.put(p.path(), new ArrayList<>()));
    effects.forEach(e -> byPath.get(e.parameter().path()).add(e));
    List<RankedParameter> unranked = new ArrayList<>();
    for (NumericParameter p : parameters) {
      unranked.add(new RankedParameter(0, p, byPath.get(p.path())));
    }
    List<RankedParameter> sorted = new ArrayList<>(unranked);
    sorted.sort(Comparator.comparingDouble(RankedParameter::strength).reversed());
    List<RankedParameter> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      ranked.add(new RankedParameter(i + 1, sorted.get(i).parameter(), sorted.get(i).effects()));
    }
    return List.copyOf(ranked);
  }
}
