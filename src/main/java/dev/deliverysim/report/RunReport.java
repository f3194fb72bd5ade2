package dev.deliverysim.report;

import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.experiment.sweep.Bottleneck;
import dev.deliverysim.experiment.sweep.FedLine;
import dev.deliverysim.model.MetricNames;
import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.Place;
import dev.deliverysim.model.delivery.StageDef;
import dev.deliverysim.scenario.Assumptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code report.html} of a run: the bottleneck verdict in one sentence, the headline table,
 * the charts, the per-stage tables, every assumption with its note, and the manifest.
 */
public final class RunReport {
  private RunReport() {}

  public static void write(ResultsWriter dir, RunRecord run, Manifest manifest, List<FlowCharts.Drawn> charts,
      List<Assumptions.Assumption> assumptions) throws IOException {
    write(dir, run, run.scenarioName(), manifest, charts, assumptions, null);
  }

  /**
   * As above, the scenario called {@code shown} (its label, or its name), with a section of the
   * study's own after the verdict (money, precision, input uncertainty); none when null.
   */
  public static void write(ResultsWriter dir, RunRecord run, String shown, Manifest manifest,
      List<FlowCharts.Drawn> charts, List<Assumptions.Assumption> assumptions,
      java.util.function.Consumer<HtmlReport> section) throws IOException {
    HtmlReport html = new HtmlReport(shown + ": simulation report");
    if (!run.description().isBlank()) {
      html.paragraph(run.description());
    }
    html.muted(run.summary().replications() + " replications, seed " + run.seed()
        + "; times in " + OutputUnit.plural(run.unit().symbol()) + ", rates per "
        + OutputUnit.word(run.unit().symbol()) + "; means with 95% confidence intervals.");
    html.lead(verdict(run));
    if (section != null) {
      section.accept(html);
    }
    html.heading("Headline");
    ReportTables.headline(html, run.summary());
    html.heading("Charts");
    if (charts.isEmpty()) {
      html.muted("No charts: a run without a horizon every replication reaches (drained past it, or"
          + " stopped by a job limit) has no timeline to draw, and a machine without fonts cannot draw"
          + " (the command said so). The tables below hold every number.");
    }
    ReportTables.charts(html, charts);
    html.heading("By stage, team and station (means)");
    ReportTables.perStation(html, run.summary());
    ReportTables.finish(html, "Assumptions: every value the scenario sets", assumptions, manifest, dir);
  }

  /**
   * Where the constraint is, in words. A delivery run names the stage with the longest queue most
   * often (its {@code bottleneck@stage} shares); a network names the station with the highest
   * utilisation, counted replication by replication — unless that station is busy only because
   * its supply never runs out, when the stations are compared by capacity ({@link FedLine}).
   */
  public static String verdict(RunRecord run) {
    boolean delivery = run.summary().metrics().stream().anyMatch(m -> m.key().name().equals(MetricNames.BOTTLENECK));
    Bottleneck byUtilisation = Bottleneck.of(run.summary(), run.catalog(), run.replications(), delivery);
    FedLine fed = delivery ? null : FedLine.of(byUtilisation, run.catalog(), run.replications(), run.loads());
    if (fed != null) {
      return FedLineVerdict.of(run, fed);
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    byUtilisation.levels().forEach(level -> shares.put(level.station(), level.share()));
    String top = null;
    for (Map.Entry<String, Double> e : shares.entrySet()) {
      if (top == null || e.getValue() > shares.get(top)) {
        top = e.getKey();
      }
    }
    if (top == null || shares.get(top) == 0) {
      return "No stage held work waiting: there is no constraint inside this system; demand sets throughput.";
    }
    String share = String.format(Locale.ROOT, "%.0f%%", 100 * shares.get(top));
    String stage = Character.toUpperCase(top.charAt(0)) + top.substring(1);
    Summary s = run.summary();
    String unit = run.unit().symbol();
    if (delivery) {
      return stage + " is the constraint in " + share + " of replications: on average "
          + ReportTables.number(mean(s, MetricNames.QUEUE_LENGTH_MEAN, top)) + " PRs wait there, each for "
          + ReportTables.number(mean(s, MetricNames.WAIT_MEAN, top)) + " " + unit + pickup(run, top)
          + servedBy(run, top) + ".";
    }
    return stage + " is the constraint in " + share + " of replications; utilisation "
        + MetricWords.number(100 * mean(s, MetricNames.UTILISATION, top)) + "%, "
        + ReportTables.number(mean(s, MetricNames.QUEUE_LENGTH_MEAN, top)) + " jobs waiting on average.";
  }

  /**
   * Who serves a delivery stage, and how busy they are: its machines, nobody (a pure delay), or
   * the teams that spend time on the stage's activity (coding, review, testing, security, …).
   */
  private static String servedBy(RunRecord run, String stage) {
    StageDef def = run.stages().stream().filter(st -> st.name().equals(stage)).findFirst().orElse(null);
    if (def == null) {
      return "";
    }
    Summary s = run.summary();
    if (def.activity().isEmpty()) {
      double machines = at(s, MetricNames.UTILISATION, Place.stage(stage));
      return Double.isFinite(machines) ? "; its machines are busy " + percent(machines) + " of the time"
          : "; it is a pure delay that nobody serves";
    }
    List<String> teams = new ArrayList<>();
    for (MetricSummary m : s.metrics()) {
      Place place = m.key().place();
      if (m.key().name().equals(MetricNames.hours(def.activity())) && place.kind() == Place.Kind.TEAM && m.mean() > 0) {
        teams.add(place.name() + " (busy " + percent(at(s, MetricNames.UTILISATION, place)) + ")");
      }
    }
    return teams.isEmpty() ? "" : "; it is served by " + String.join(", ", teams);
  }

  private static double at(Summary s, String name, Place place) {
    return s.metrics().stream().filter(m -> m.key().name().equals(name) && m.key().place().equals(place))
        .mapToDouble(MetricSummary::mean).findFirst().orElse(Double.NaN);
  }

  /** At review, how long a PR waits for its first reviewer, in hours: the number teams track. */
  private static String pickup(RunRecord run, String stage) {
    double pickup = run.summary().metrics().stream()
        .filter(m -> m.key().name().equals(MetricNames.REVIEW_PICKUP_MEAN)).mapToDouble(MetricSummary::mean)
        .findFirst().orElse(Double.NaN);
    if (!stage.equals("review") || !Double.isFinite(pickup)) {
      return "";
    }
    return String.format(Locale.ROOT, " (%.1f h before a reviewer first picks a PR up)", pickup * run.unit().hours());
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  private static double mean(Summary s, String name, String station) {
    return s.metrics().stream()
        .filter(m -> m.key().name().equals(name) && m.key().station().equals(station) && m.key().jobClass().isEmpty())
        .mapToDouble(MetricSummary::mean).findFirst().orElse(Double.NaN);
  }
}
