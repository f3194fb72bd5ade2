package dev.deliverysim.scenario.tree;

import java.util.List;
import java.util.Map;

/** A miniature scenario schema shaped like the real one, so binder tests read like user files. */
record SampleScenario(
    @Required String name, String description, Run run, List<Station> stations, Map<String, Double> weights) {

  enum Discipline { FIFO, LIFO, SHORTEST_FIRST }

  record Run(Long seed, Integer replications, Boolean antithetic) {}

  record Service(@Required String distribution, Double mean) {}

  record Station(
      @Required String name, Integer servers, Discipline discipline, Service service, Integer maxQueue) {}
}
