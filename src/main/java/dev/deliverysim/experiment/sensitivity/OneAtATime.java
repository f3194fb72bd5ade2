package dev.deliverysim.experiment.sensitivity;

import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.experiment.PairedComparison;
import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.tree.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a one-at-a-time sensitivity analysis: the base once, then every parameter × change as its
 * own variant on the base's seed and replications, so each effect is a paired difference (common
 * random numbers) and its interval reflects the change, not the noise.
 *
 * <p>Variants run one after another, each on all threads, so the results do not depend on the
 * thread count.
 */
public final class OneAtATime {

  /** Loads the scenario with extra {@code --set} assignments on top of the base's. */
  @FunctionalInterface
  public interface Variants {
    SimulationModel load(List<String> assignments) throws ScenarioException;
  }

  private final Variants variants;
  private final ReplicationRunner runner;
  private final long seed;
  private final int replications;

  public OneAtATime(Variants variants, int threads, long seed, int replications) {
    this(variants, new ReplicationRunner(threads), seed, replications);
  }

  /** With a runner of one's own: one that can be cancelled, say. */
  public OneAtATime(Variants variants, ReplicationRunner runner, long seed, int replications) {
    this.variants = variants;
    this.runner = runner;
    this.seed = seed;
    this.replications = replications;
  }

  /**
   * Every change of every parameter, in parameter then change order; {@code finished} hears of each
   * effect as it is known (for progress lines).
   */
  public List<Effect> run(SimulationModel base, List<NumericParameter> parameters, List<Double> changes,
      String metric, Consumer<Effect> finished) {
    List<ReplicationResult> baseResults = runner.run(base, seed, 0, replications, done -> {});
    List<Effect> effects = new ArrayList<>();
    for (NumericParameter parameter : parameters) {
      for (double change : changes) {
        String value = parameter.changed(change).orElse(null);
        if (value == null) {
          continue; // an integer that rounds back to itself: no variant to run
        }
        Effect effect = effect(base, baseResults, parameter, change, value, metric);
        effects.add(effect);
        finished.accept(effect);
      }
    }
    return List.copyOf(effects);
  }

  private Effect effect(SimulationModel base, List<ReplicationResult> baseResults, NumericParameter parameter,
      double change, String value, String metric) {
    SimulationModel model;
    try {
      model = variants.load(List.of(parameter.assignment(value)));
    } catch (ScenarioException e) {
      String first = e.problems().stream().filter(Problem::isError).findFirst()
          .map(p -> p.path() + ": " + p.message()).orElse("the variant does not load");
      return Effect.skipped(parameter, change, value, first);
    }
    List<ReplicationResult> results = runner.run(model, seed, 0, replications, done -> {});
    List<MetricDifference> differences = PairedComparison.of(base.catalog(), baseResults, model.catalog(), results);
    return differences.stream().filter(d -> d.key().label().equals(metric)).findFirst()
        .map(d -> Effect.measured(parameter, change, value, d))
        .orElseGet(() -> Effect.skipped(parameter, change, value, "the variant does not measure " + metric));
  }
}
