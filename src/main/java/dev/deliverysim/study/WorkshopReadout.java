package dev.deliverysim.study;

import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.sweep.Bottleneck;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.MetricNames;
import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.Place;
import dev.deliverysim.report.MetricWords;
import dev.deliverysim.report.RunRecord;
import dev.deliverysim.report.RunReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the workshop page shows of one trial, as plain numbers (null where a number is undefined):
 * throughput and time in the system with their 95% intervals and paired change from the start,
 * each stage's utilisation, queue and share of replications as the bottleneck, where each team's
 * hours go, the verdict sentence of {@code report.html}, and the paired change of every headline
 * metric. Times in the scenario's output unit, rates per that unit, hours per person per unit.
 */
public record WorkshopReadout(String scenario, int replications, long seed, String unit, double seconds,
    Map<String, Double> values, List<String> assignments, List<Reading> headline, List<Stage> stages,
    List<Team> teams, String bottleneck, Double bottleneckShare, String verdict, List<Change> changes) {

  /** A headline number: its mean and 95% interval now, its mean at the start and the paired change. */
  public record Reading(String label, String title, String unit, Double mean, Double low, Double high,
      Double startMean, Change change) {}

  /** A stage (delivery) or station (network); utilisation is null where people are shared. */
  public record Stage(String name, Double utilisation, Double queue, Double waitTime, Double bottleneckShare) {}

  /** A team of a delivery organisation: how busy, and hours per person per unit on each activity. */
  public record Team(String name, Double utilisation, Map<String, Double> hours) {}

  /**
   * A metric's paired change from the start: relative, with its 95% interval; {@code title},
   * {@code startText} and {@code nowText} as the tables write them ("busy at p1 (%)", "95.2%").
   */
  public record Change(String label, String title, Double start, Double now, String startText, String nowText,
      Double relative, Double low, Double high, boolean significant) {}

  private static final String FIRST_OUT = "first_out";
  private static final String LAST_OUT = "last_out";

  public static WorkshopReadout of(WorkshopStudy.Start start, WorkshopStudy.Trial trial) {
    RunRecord run = trial.run();
    boolean delivery = !run.stages().isEmpty();
    Map<String, MetricDifference> byLabel = new LinkedHashMap<>();
    trial.differences().forEach(d -> byLabel.put(d.key().label(), d));
    List<Reading> headline = new ArrayList<>();
    String unit = run.unit().symbol();
    String per = OutputUnit.word(unit);
    String in = "(" + OutputUnit.plural(unit) + ")";
    if (delivery) {
      headline.add(reading(run, byLabel, MetricNames.FEATURES_DELIVERED, "Throughput: features per " + per));
      headline.add(reading(run, byLabel, MetricNames.CYCLE_TIME_MEAN, "Cycle time " + in));
    } else {
      headline.add(reading(run, byLabel, MetricNames.THROUGHPUT, "Throughput: items per " + per));
      headline.add(reading(run, byLabel, MetricNames.SOJOURN_MEAN, "Time in the system " + in));
    }
    headline.add(reading(run, byLabel, MetricNames.WIP_MEAN, "Work in progress"));
    if (run.catalog().indexOf(FIRST_OUT) >= 0) { // a game that starts with its work: the penny game's times
      headline.add(reading(run, byLabel, FIRST_OUT, "First item out " + in));
      headline.add(reading(run, byLabel, LAST_OUT, "Last item out " + in));
    }
    Bottleneck b = Bottleneck.of(run.summary(), run.catalog(), run.replications(), delivery, run.loads());
    List<Stage> stages = new ArrayList<>();
    Place.Kind kind = delivery ? Place.Kind.STAGE : Place.Kind.STATION;
    for (Bottleneck.Level level : b.levels()) {
      Place place = new Place(kind, level.station());
      stages.add(new Stage(level.station(), mean(run, MetricNames.UTILISATION, place),
          mean(run, MetricNames.QUEUE_LENGTH_MEAN, place), mean(run, MetricNames.WAIT_MEAN, place),
          finite(level.share())));
    }
    Bottleneck.Level top = b.levels().stream().filter(l -> l.station().equals(b.bottleneck())).findFirst().orElse(null);
    List<Change> changes = start.scenario().model().headline().stream().filter(byLabel::containsKey)
        .map(label -> change(byLabel.get(label))).toList();
    return new WorkshopReadout(run.scenarioName(), run.summary().replications(), run.seed(), unit,
        trial.wallSeconds(), trial.values(), trial.assignments(), headline, stages, teams(run), b.bottleneck(),
        top == null ? null : finite(top.share()), RunReport.verdict(run), changes);
  }

  private static List<Team> teams(RunRecord run) {
    Map<String, Map<String, Double>> hours = new LinkedHashMap<>();
    Map<String, Double> utilisation = new LinkedHashMap<>();
    for (MetricSummary m : run.summary().metrics()) {
      MetricKey key = m.key();
      if (key.place().kind() != Place.Kind.TEAM) {
        continue;
      }
      String activity = MetricNames.activityOf(key.name());
      if (!activity.isEmpty()) {
        hours.computeIfAbsent(key.place().name(), t -> new LinkedHashMap<>()).put(activity, finite(m.mean()));
      } else if (key.name().equals(MetricNames.UTILISATION)) {
        utilisation.put(key.place().name(), finite(m.mean()));
      }
    }
    List<Team> teams = new ArrayList<>();
    hours.forEach((team, h) -> teams.add(new Team(team, utilisation.get(team), h)));
    return teams;
  }

  private static Reading reading(RunRecord run, Map<String, MetricDifference> byLabel, String label, String title) {
    int at = run.catalog().indexOf(label);
    if (at < 0) {
      return new Reading(label, title, "", null, null, null, null, null);
    }
    MetricSummary m = run.summary().metrics().get(at);
    MetricDifference d = byLabel.get(label);
    return new Reading(label, title, m.key().unit(), finite(m.mean()), finite(m.ci95Low()), finite(m.ci95High()),
        d == null ? null : finite(d.baseMean()), d == null ? null : change(d));
  }

  private static Change change(MetricDifference d) {
    return new Change(d.key().label(), MetricWords.label(d.key()), finite(d.baseMean()), finite(d.variantMean()),
        MetricWords.cell(d.baseMean(), d.key()), MetricWords.cell(d.variantMean(), d.key()), finite(d.relativeChange()),
        finite(d.relativeLow()), finite(d.relativeHigh()), d.excludesZero());
  }

  private static Double mean(RunRecord run, String name, Place place) {
    for (MetricSummary m : run.summary().metrics()) {
      if (m.key().name().equals(name) && m.key().place().equals(place)) {
        return finite(m.mean());
      }
    }
    return null;
  }

  private static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
