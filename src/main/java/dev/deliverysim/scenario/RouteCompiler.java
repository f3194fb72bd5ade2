package dev.deliverysim.scenario;

import dev.deliverysim.model.Routing;
import dev.deliverysim.model.Transition;
import dev.deliverysim.scenario.spec.BranchSpec;
import dev.deliverysim.scenario.spec.RouteSpec;
import dev.deliverysim.scenario.tree.Names;
import dev.deliverysim.scenario.tree.Problems;
import dev.deliverysim.scenario.tree.Spelling;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Resolves station names in a {@link RouteSpec} and checks its probabilities. */
final class RouteCompiler {
  private final Locator at;
  private final List<String> stationNames;
  /** Name to index, first wins: a lookup per route, not a scan (networks may have 10,000 stations). */
  private final Map<String, Integer> index = new HashMap<>();

  RouteCompiler(Locator at, List<String> stationNames) {
    this.at = at;
    this.stationNames = stationNames;
    for (int s = 0; s < stationNames.size(); s++) {
      index.putIfAbsent(stationNames.get(s), s);
    }
  }

  /** The routing, or null after reporting problems; a missing spec means "leave the network". */
  Routing compile(RouteSpec spec, String path) {
    if (spec == null) {
      return Routing.exit();
    }
    int errors = at.errorCount();
    List<Transition> transitions = new ArrayList<>();
    double sum = 0;
    boolean single = spec.branches().size() == 1;
    for (int i = 0; i < spec.branches().size(); i++) {
      BranchSpec branch = spec.branches().get(i);
      String branchPath = spec.named() ? path : path + "[" + i + "]";
      int target = index.getOrDefault(branch.to(), -1);
      if (target < 0) {
        at.error(spec.named() ? path : branchPath + ".to", unknownStation(branch.to()));
      }
      double p;
      if (branch.p() == null) {
        if (!single) {
          at.error(branchPath, "missing required field 'p' (needed when there are several branches)");
        }
        p = 1;
      } else {
        p = branch.p();
        if (!(p >= 0 && p <= 1)) {
          at.error(branchPath + ".p", "expected a probability between 0 and 1, received: " + p);
        }
      }
      sum += p;
      if (target >= 0 && p >= 0 && p <= 1) {
        transitions.add(new Transition(target, p));
      }
    }
    if (at.errorCount() == errors && sum > 1 + 1e-9) {
      at.error(path, "expected probabilities adding up to at most 1 (the rest leaves), received: " + sum);
    }
    return at.errorCount() > errors ? null : new Routing(transitions);
  }

  String unknownStation(String name) {
    // a guess compares the name with every station: past the problems shown, it is not worth it
    String suggestion = at.errorCount() >= Problems.MAX_REPORTED ? ""
        : Spelling.hint(name, stationNames);
    return "unknown station '" + name + "'" + suggestion + "; stations are: " + Names.listed(stationNames);
  }
}
