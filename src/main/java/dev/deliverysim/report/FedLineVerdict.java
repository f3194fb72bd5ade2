package dev.deliverysim.report;

import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.sweep.Bottleneck;
import dev.deliverysim.experiment.sweep.FedLine;
import dev.deliverysim.model.MetricNames;
import dev.deliverysim.model.OutputUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The verdict sentence for a line fed without limit ({@link FedLine}): the station of least
 * capacity, or that there is none clearly, and why the busiest station is not the constraint.
 */
final class FedLineVerdict {
  private FedLineVerdict() {}

  static String of(RunRecord run, FedLine fed) {
    String per = " per " + OutputUnit.word(run.unit().symbol());
    String busiest = fed.source() + " looks busiest (utilisation "
        + MetricWords.number(100 * at(run, MetricNames.UTILISATION, fed.source()))
        + "%) only because its supply never runs out: it releases " + ReportTables.number(fed.released()) + per
        + ", and what the line does not deliver piles up";
    List<Bottleneck.Level> byCapacity = fed.capacities().stream()
        .sorted(Comparator.comparingDouble(Bottleneck.Level::mean)).toList();
    if (!fed.constraint().isEmpty()) {
      Bottleneck.Level least = byCapacity.get(0);
      Bottleneck.Level next = byCapacity.get(1);
      return capitalised(least.station()) + " is the constraint, the least capacity in "
          + String.format(Locale.ROOT, "%.0f%%", 100 * least.share()) + " of replications: it can pass on "
          + ReportTables.number(least.mean()) + per + " (next: " + next.station() + ", "
          + ReportTables.number(next.mean()) + ") and the line delivers " + ReportTables.number(fed.delivered())
          + ". " + capitalised(busiest) + " (" + ReportTables.number(at(run, MetricNames.QUEUE_LENGTH_MEAN,
              least.station())) + " jobs waiting at " + least.station() + ").";
    }
    double least = byCapacity.get(0).mean();
    List<Bottleneck.Level> tied = byCapacity.stream()
        .filter(l -> l.mean() <= (1 + 2 * FedLine.DISTINCT) * least).toList();
    String pile = fed.capacities().stream().map(Bottleneck.Level::station).filter(s -> !s.equals(fed.source()))
        .max(Comparator.comparingDouble(s -> at(run, MetricNames.QUEUE_LENGTH_MEAN, s)))
        .map(s -> " (most at " + s + ": " + ReportTables.number(at(run, MetricNames.QUEUE_LENGTH_MEAN, s))
            + " jobs waiting)").orElse("");
    return "No single station is the constraint: the least capacities — "
        + String.join(", ", tied.stream().map(l -> l.station() + " " + ReportTables.number(l.mean())).toList())
        + per + " — are too close to tell apart, yet the line delivers " + ReportTables.number(fed.delivered())
        + ": variation and dependence between the stations hold it back. " + capitalised(busiest)
        + " along the line" + pile + ".";
  }

  private static String capitalised(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static double at(RunRecord run, String name, String station) {
    return run.summary().metrics().stream()
        .filter(m -> m.key().name().equals(name) && m.key().station().equals(station) && m.key().jobClass().isEmpty())
        .mapToDouble(MetricSummary::mean).findFirst().orElse(Double.NaN);
  }
}
