package dev.deliverysim.theory;

import java.util.List;

/** M/M/1 tandem: per-station measures (every station sees rate λ) and end-to-end mean sojourn. */
public record TandemMeasures(List<StationMeasures> stations, double totalSojourn) {
  public TandemMeasures {
    stations = List.copyOf(stations);
  }
}
