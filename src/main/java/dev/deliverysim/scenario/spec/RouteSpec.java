package dev.deliverysim.scenario.spec;

import java.util.List;

/**
 * Where jobs go: written either as one station's name ({@code next: review}, then {@code named}
 * is true) or as a list of branches ({@code next: [{to: review, p: 0.3}]}); the probability left
 * over leaves the network. Built by a node converter, not bound key by key.
 */
public record RouteSpec(List<BranchSpec> branches, boolean named) {
  public RouteSpec {
    branches = List.copyOf(branches);
  }
}
