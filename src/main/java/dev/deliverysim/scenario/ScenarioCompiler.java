package dev.deliverysim.scenario;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Exponential;
import dev.deliverysim.model.Discipline;
import dev.deliverysim.model.JobClassDef;
import dev.deliverysim.model.NetworkDef;
import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.Rope;
import dev.deliverysim.model.Routing;
import dev.deliverysim.model.StationDef;
import dev.deliverysim.model.StationLoad;
import dev.deliverysim.model.StopRule;
import dev.deliverysim.model.TrafficAnalysis;
import dev.deliverysim.model.WhenFull;
import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.scenario.delivery.DeliveryCompiler;
import dev.deliverysim.scenario.spec.ArrivalsSpec;
import dev.deliverysim.scenario.spec.DistributionSpec;
import dev.deliverysim.scenario.spec.JobClassSpec;
import dev.deliverysim.scenario.spec.RouteSpec;
import dev.deliverysim.scenario.spec.RunSpec;
import dev.deliverysim.scenario.spec.ScenarioSpec;
import dev.deliverysim.scenario.spec.StationSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a bound {@link ScenarioSpec} for what types alone cannot catch (names that must match,
 * probabilities, stop rules, stability) and compiles it into the model. Every problem is reported
 * at its position; compilation goes on after a problem so that all of them are found in one pass.
 */
final class ScenarioCompiler {
  static final int DEFAULT_REPLICATIONS = 10;
  static final long DEFAULT_SEED = 1;
  static final int MAX_REPLICATIONS = 1_000_000;

  private final Locator at;
  private final DistributionCompiler distributions;

  private final Units units;
  private final RunRules runRules;

  ScenarioCompiler(Locator at, Units units) {
    this.at = at;
    this.runRules = new RunRules(at);
    this.units = units;
    this.distributions = new DistributionCompiler(at);
  }

  /** The scenario, or null after reporting problems. */
  Scenario compile(ScenarioSpec spec) {
    boolean named = ScenarioName.check(spec.name(), at);
    Scenario scenario = compileBody(spec);
    return named ? scenario : null;
  }

  private Scenario compileBody(ScenarioSpec spec) {
    boolean network = spec.jobClasses() != null || spec.stations() != null;
    if (network && spec.delivery() != null) {
      at.error("delivery", "a scenario is either a queueing network (job_classes and stations) or a"
          + " delivery organisation (delivery), not both");
      return null;
    }
    if (spec.delivery() != null && units.output() == OutputUnit.ROUNDS) {
      at.error("units.output_unit", "expected h, d or w: 'round' is the unit of a game played in rounds, not of a"
          + " delivery organisation");
      return null;
    }
    if (spec.delivery() != null) {
      return compileDelivery(spec);
    }
    if (spec.jobClasses() == null || spec.stations() == null) {
      at.error("", "missing what to simulate: give job_classes and stations (a queueing network)"
          + " or delivery (a software delivery organisation)");
      return null;
    }
    return compileNetwork(spec);
  }

  private Scenario compileDelivery(ScenarioSpec spec) {
    int errors = at.errorCount();
    DeliveryDef delivery = new DeliveryCompiler(at::error, distributions::compile, units.hoursPerDay())
        .compile(spec.delivery(), "delivery");
    RunSpec run = spec.run() != null ? spec.run() : new RunSpec(null, null, null, null, null, null);
    if (run.horizon() == null) {
      at.error("run", "missing run.horizon: a delivery organisation runs for a set time (such as 26w)");
    }
    if (run.jobs() != null || Boolean.TRUE.equals(run.drain())) {
      at.error(run.jobs() != null ? "run.jobs" : "run.drain",
          "a delivery organisation runs to run.horizon; run.jobs and run.drain apply to networks only");
    }
    StopRule stop = run.horizon() != null ? runRules.stopRule(run) : null;
    int replications = runRules.replications(run);
    if (at.errorCount() > errors || delivery == null || stop == null) {
      return null;
    }
    new RunBounds(at).delivery(delivery, stop, replications);
    if (at.errorCount() > errors) {
      return null;
    }
    Costs costs = new CostsCompiler(at).compile(spec.costs(), delivery);
    if (costs == null) {
      return null;
    }
    return new Scenario(spec.name(), description(spec), new Scenario.DeliveryBody(delivery), stop,
        replications, seed(run), units, sweep(spec), new LeverRules(at, at.tree()).compile(spec.levers()),
        costs, Uncertainty.NONE);
  }

  /** The declared sweep; each entry's PATH=VALUES shape is checked here, its values by the sweep. */
  private List<String> sweep(ScenarioSpec spec) {
    if (spec.sweep() == null) {
      return List.of();
    }
    for (int i = 0; i < spec.sweep().size(); i++) {
      String entry = spec.sweep().get(i);
      int eq = entry.indexOf('=');
      if (eq <= 0 || eq == entry.length() - 1) {
        at.error("sweep[" + i + "]", "expected PATH=VALUES such as stations[1].servers=1:4:1 or "
            + "delivery.ai.adoption=0,0.5,1, received: \"" + entry + "\"");
      }
    }
    return spec.sweep();
  }

  private static String description(ScenarioSpec spec) {
    return spec.description() != null ? spec.description() : "";
  }

  private static long seed(RunSpec run) {
    return run.seed() != null ? run.seed() : DEFAULT_SEED;
  }

  private Scenario compileNetwork(ScenarioSpec spec) {
    int errors = at.errorCount();
    if (spec.costs() != null) {
      at.error("costs", "costs price a delivery organisation's people and tools; a queueing network has none");
    }
    List<String> classNames = uniqueNames(spec.jobClasses(), JobClassSpec::name, "job_classes");
    List<String> stationNames = uniqueNames(spec.stations(), StationSpec::name, "stations");
    RouteCompiler routes = new RouteCompiler(at, stationNames);

    List<JobClassDef> classes = new ArrayList<>();
    for (int k = 0; k < spec.jobClasses().size(); k++) {
      classes.add(jobClass(spec.jobClasses().get(k), "job_classes[" + k + "]", routes));
    }
    List<StationDef> stations = new ArrayList<>();
    for (int s = 0; s < spec.stations().size(); s++) {
      stations.add(station(spec.stations().get(s), "stations[" + s + "]", classNames, routes));
    }
    RunSpec run = spec.run() != null ? spec.run() : new RunSpec(null, null, null, null, null, null);
    StopRule stop = runRules.stopRule(run);
    int replications = runRules.replications(run);
    if (at.errorCount() > errors) {
      return null;
    }
    if (units.output() == OutputUnit.ROUNDS && stations.stream().noneMatch(st -> st.play().rolls())) {
      at.error("units.output_unit", "expected h, d or w: 'round' is the unit of a game played in rounds, and no"
          + " station rolls a die (moves_per_round)");
      return null;
    }
    Rope rope = new RopeRules(at).compile(spec.stations(), stationNames, routes, stations);
    if (rope == null) {
      return null;
    }
    NetworkDef network = new NetworkDef(stations, classes, rope);
    List<StationLoad> loads;
    try {
      loads = TrafficAnalysis.of(network);
    } catch (IllegalArgumentException e) {
      at.error("stations", e.getMessage());
      return null;
    }
    warnSaturated(loads);
    double externalRate = classes.stream().mapToDouble(c -> 1 / c.interarrival().mean()).sum();
    new RunBounds(at).network(loads, externalRate, stop, replications);
    if (at.errorCount() > errors) {
      return null;
    }
    return new Scenario(spec.name(), description(spec), new Scenario.NetworkBody(network, loads), stop,
        replications, seed(run), units, sweep(spec), new LeverRules(at, at.tree()).compile(spec.levers()),
        Costs.NONE, Uncertainty.NONE);
  }

  private <T> List<String> uniqueNames(List<T> items, Function<T, String> name, String path) {
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String n = name.apply(items.get(i));
      if (!seen.add(n)) {
        at.error(path + "[" + i + "].name", "duplicate name '" + n + "'; names must be unique");
      }
      names.add(n);
    }
    if (items.isEmpty()) {
      at.error(path, "expected at least one entry, received: an empty list");
    }
    return names;
  }

  /** A blank name would print as nothing in every table and name no column: refused here. */
  private boolean named(String name, String path) {
    if (name != null && name.isBlank()) {
      at.error(path + ".name", "expected a name with at least one visible character, received: \"" + name + "\"");
      return false;
    }
    return true;
  }

  private JobClassDef jobClass(JobClassSpec spec, String path, RouteCompiler routes) {
    boolean named = named(spec.name(), path);
    Distribution interarrival = arrivals(spec.arrivals(), path + ".arrivals");
    Routing entry = routes.compile(spec.enter(), path + ".enter");
    int priority = spec.priority() != null ? spec.priority() : 0;
    return interarrival == null || entry == null || !named
        ? null
        : new JobClassDef(spec.name(), priority, interarrival, entry);
  }

  private Distribution arrivals(ArrivalsSpec spec, String path) {
    if ((spec.rate() == null) == (spec.interarrival() == null)) {
      at.error(path, "expected exactly one of rate (a Poisson stream) or interarrival (a law)");
      return null;
    }
    if (spec.rate() != null) {
      return new Exponential(1 / spec.rate().perHour());
    }
    Distribution law = distributions.compile(spec.interarrival(), path + ".interarrival");
    if (law != null && !(law.mean() > 0)) {
      at.error(path + ".interarrival", "expected a law with a mean > 0 (arrivals must be spread in time), received: "
          + law.describe());
      return null;
    }
    return law;
  }

  private StationDef station(StationSpec spec, String path, List<String> classNames, RouteCompiler routes) {
    int errors = at.errorCount();
    named(spec.name(), path);
    StationDef.Play play = new PlayRules(at).compile(spec, path);
    int servers = spec.servers() != null ? spec.servers().value() : 1;
    int capacity = spec.capacity() != null ? spec.capacity().value() : StationDef.UNLIMITED;
    if (capacity != StationDef.UNLIMITED && servers != StationDef.UNLIMITED && capacity < servers) {
      at.error(path + ".capacity", "expected a capacity ≥ servers (" + servers + "), received: " + capacity);
    }
    if (spec.startWith() != null && spec.startWith() > capacity && spec.startWith() <= PlayRules.MOST) {
      at.error(path + ".start_with", "expected at most the station's capacity (" + capacity + "), received: " + spec.startWith());
    }
    checkClassKeys(spec.serviceByClass(), path + ".service_by_class", classNames);
    checkClassKeys(spec.nextByClass(), path + ".next_by_class", classNames);
    List<Distribution> service = new ArrayList<>();
    List<Routing> next = new ArrayList<>();
    for (String jobClass : classNames) {
      service.add(play != null && play.rolls() ? PlayRules.equivalentService(play) : serviceFor(spec, path, jobClass));
      RouteSpec route = spec.nextByClass() != null && spec.nextByClass().containsKey(jobClass)
          ? spec.nextByClass().get(jobClass)
          : spec.next();
      String routePath = route == spec.next() ? path + ".next" : path + ".next_by_class." + jobClass;
      next.add(routes.compile(route, routePath));
    }
    if (at.errorCount() > errors) {
      return null;
    }
    return new StationDef(
        spec.name(),
        servers,
        capacity,
        spec.whenFull() != null ? spec.whenFull() : WhenFull.LOSE,
        spec.discipline() != null ? spec.discipline() : Discipline.FIFO,
        service,
        next,
        play);
  }

  private Distribution serviceFor(StationSpec spec, String path, String jobClass) {
    Map<String, DistributionSpec> byClass = spec.serviceByClass();
    if (byClass != null && byClass.containsKey(jobClass)) {
      return distributions.compile(byClass.get(jobClass), path + ".service_by_class." + jobClass);
    }
    if (spec.service() == null) {
      at.error(path, "missing service law for job class '" + jobClass
          + "': give 'service' or 'service_by_class." + jobClass + "'");
      return null;
    }
    return distributions.compile(spec.service(), path + ".service");
  }

  private void checkClassKeys(Map<String, ?> byClass, String path, List<String> classNames) {
    if (byClass == null) {
      return;
    }
    for (String key : byClass.keySet()) {
      if (!classNames.contains(key)) {
        at.keyError(path + "." + key,
            "unknown job class '" + key + "'; job classes are: " + dev.deliverysim.scenario.tree.Names.listed(new java.util.LinkedHashSet<>(classNames)));
      }
    }
  }

  private void warnSaturated(List<StationLoad> loads) {
    for (int s = 0; s < loads.size(); s++) {
      StationLoad load = loads.get(s);
      if (load.saturated()) {
        at.warning("stations[" + s + "]", String.format(java.util.Locale.ROOT,
            "station '%s' is unstable: offered load %.3f ≥ 1 per server (%.4g arrivals/h); its queue grows"
                + " without bound, so results describe the horizon only, not a steady state",
            load.station(), load.offeredLoad(), load.arrivalRate()));
      }
    }
  }
}
