package dev.deliverysim.validation;

import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/**
 * A validation scenario read from {@code src/test/resources/validation/} by the loader users run,
 * simulated with the replications and seed its file states, and summarised.
 *
 * <p>Theory parameters are written in the tests, not read back from the loaded model, so a loader
 * that misread a rate or a duration would show up as a disagreement.
 */
final class SimulatedScenario {
  /** Two cores on the build machine; results do not depend on the thread count. */
  static final int THREADS = 2;

  private final String caseName;
  private final Summary summary;

  private SimulatedScenario(String caseName, Summary summary) {
    this.caseName = caseName;
    this.summary = summary;
  }

  /** Loads {@code file}, runs all its replications, records the settings under {@code caseName}. */
  static SimulatedScenario run(String caseName, String file) {
    Scenario scenario = load(file, List.of()).scenario();
    SimulationModel model = scenario.model();
    Summary summary = Summary.of(model.catalog(), new ReplicationRunner(THREADS)
        .run(model, scenario.seed(), 0, scenario.replications(), done -> { }));
    ValidationLedger.record(new ValidationLedger.CaseRun(caseName, file, scenario.replications(),
        scenario.seed(), scenario.stop().horizon(), scenario.stop().warmup(), summary.events()));
    return new SimulatedScenario(caseName, summary);
  }

  /** Loads a scenario of the validation folder with {@code --set} style overrides. */
  static LoadedScenario load(String file, List<String> overrides) {
    URL resource = SimulatedScenario.class.getResource("/validation/" + file);
    if (resource == null) {
      throw new IllegalArgumentException("no validation scenario " + file + " on the classpath");
    }
    try {
      return ScenarioLoader.load(Path.of(resource.toURI()), overrides);
    } catch (ScenarioException e) {
      throw new IllegalStateException("validation scenario " + file + " does not load:\n"
          + e.getMessage(), e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  MetricSummary metric(String label) {
    return summary.get(label);
  }

  /** {@link Agreement#assertAgrees} for the metric with this label. */
  void assertAgrees(String label, double theory, double relTol) {
    Agreement.assertAgrees(caseName, theory, metric(label), relTol);
  }
}
