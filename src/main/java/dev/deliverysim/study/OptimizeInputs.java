package dev.deliverysim.study;

import dev.deliverysim.experiment.optimize.Target;
import dev.deliverysim.experiment.sweep.Param;
import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.tree.Spelling;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code optimize}'s levers ({@code PATH=FROM:TO[:STEP]}, stepping by 1 when no step is
 * given, or a list; numbers only, cheapest first) and its target ({@code METRIC<=VALUE}, a time or
 * rate with its unit), each problem as a message fit for the user.
 */
final class OptimizeInputs {
  private OptimizeInputs() {}

  static List<Param> levers(List<String> specs) throws StudyInputException {
    if (specs.isEmpty()) {
      throw new StudyInputException("at least one --lever PATH=FROM:TO is needed, such as"
          + " --lever 'delivery.teams[devs].headcount=6:14'");
    }
    List<Param> levers = new ArrayList<>();
    for (String spec : specs) {
      String s = spec.strip();
      int eq = s.indexOf('=');
      String values = eq < 0 ? "" : s.substring(eq + 1).strip();
      if (values.indexOf(':') >= 0 && values.split(":", -1).length == 2) {
        s = s + ":1"; // FROM:TO steps by 1
      }
      try {
        Param p = Param.parse(s);
        for (String v : p.values()) {
          Double.parseDouble(v);
        }
        levers.add(p);
      } catch (NumberFormatException e) {
        throw new StudyInputException("--lever " + spec + ": expected numbers, listed cheapest first");
      } catch (IllegalArgumentException e) {
        throw new StudyInputException("--lever: " + e.getMessage());
      }
    }
    return levers;
  }

  /** The target, its value read in the metric's unit: a time needs a unit (5d), a rate too (4/w). */
  static Target target(String spec, MetricCatalog catalog, Scenario scenario) throws StudyInputException {
    if (spec == null || spec.isBlank()) {
      throw new StudyInputException("--target is needed, such as --target 'cycle_time_p85<=5d'");
    }
    try {
      return Target.parse(spec, (label, text) -> {
        int i = catalog.indexOf(label);
        if (i < 0) {
          List<String> known = catalog.keys().stream().map(MetricKey::label).toList();
          throw new IllegalArgumentException("--target: unknown metric '" + label + "'"
              + Spelling.hint(label, known));
        }
        MetricKey key = catalog.keys().get(i);
        double unitHours = scenario.outputUnit().hours();
        return switch (key.dimension()) {
          case TIME -> {
            if (text.matches("[0-9.eE+-]+")) {
              throw new IllegalArgumentException("--target " + label + ": give the time with its unit, such as 5d, 1w"
                  + " or 40h, received: " + text);
            }
            yield scenario.units().duration(text).hours() / unitHours;
          }
          case RATE -> {
            if (!text.contains("/") && !text.contains(" per ")) {
              throw new IllegalArgumentException("--target " + label + ": give the rate with its unit, such as 4/w,"
                  + " received: " + text);
            }
            yield scenario.units().rate(text).perHour() * unitHours;
          }
          default -> Double.parseDouble(text);
        };
      });
    } catch (NumberFormatException e) {
      throw new StudyInputException("--target " + spec + ": expected a number after <= or >=");
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      throw new StudyInputException(m.startsWith("--target") ? m : "--target " + spec + ": expected " + m);
    }
  }
}
