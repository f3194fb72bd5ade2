package dev.deliverysim.bench;

import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * deliverysim, driven exactly as {@code deliverysim bench} drives it: the bench YAML is read
 * through {@link ScenarioLoader#loadString} with {@code run.jobs} overridden, and each timed run is
 * one {@code model.replicate(seed, i)}. Loading is done once, outside the timing.
 */
final class DeliverysimSide {
  private static final long SEED = 1;

  private final SimulationModel model;
  private final int sojournIndex;

  DeliverysimSide(Workload workload, long jobs) {
    this.model = load(workload.yamlName(), jobs);
    this.sojournIndex = model.catalog().indexOf("sojourn_mean");
    if (sojournIndex < 0) {
      throw new IllegalStateException("the model reports no sojourn_mean");
    }
  }

  Measurement run(int replication) {
    long t0 = System.nanoTime();
    ReplicationResult r = model.replicate(SEED, replication);
    long nanos = System.nanoTime() - t0;
    return new Measurement(r.events(), nanos, r.value(sojournIndex));
  }

  private static SimulationModel load(String workload, long jobs) {
    try (InputStream in = DeliverysimSide.class.getResourceAsStream("/bench/" + workload + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("no bench workload /bench/" + workload + ".yaml on the classpath");
      }
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return ScenarioLoader.loadString(yaml, workload + ".yaml", List.of("run.jobs=" + jobs))
          .scenario().model();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ScenarioException e) {
      throw new IllegalStateException("bench workload " + workload + " is invalid:\n" + e.getMessage(), e);
    }
  }
}
