package dev.deliverysim.scenario.delivery;

import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.scenario.tree.Problem;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a scenario's {@code delivery} section through the loader users go through. A test may
 * leave out {@code name} and {@code run}: they are appended at the end, which moves no position
 * in the text the test wrote. Problems come back formatted and sorted, as the command line prints
 * them.
 */
record DeliveryReading(DeliveryDef delivery, List<String> problems) {
  static DeliveryReading of(String yaml, String source) {
    String whole = yaml.endsWith("\n") ? yaml : yaml + "\n";
    if (!hasTopLevelKey(whole, "name")) {
      whole += "name: test\n";
    }
    if (!hasTopLevelKey(whole, "run")) {
      whole += "run: {horizon: 4w}\n";
    }
    try {
      Scenario scenario = ScenarioLoader.loadString(whole, source, List.of()).scenario();
      return new DeliveryReading(((Scenario.DeliveryBody) scenario.body()).delivery(), List.of());
    } catch (ScenarioException e) {
      return new DeliveryReading(null, e.problems().stream().map(Problem::format).toList());
    }
  }

  private static boolean hasTopLevelKey(String yaml, String key) {
    return Pattern.compile("(?m)^" + key + ":").matcher(yaml).find();
  }
}
