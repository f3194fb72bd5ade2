package dev.deliverysim.report;

import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.MetricNames;
import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.scenario.Assumptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The tables reports share: headline metrics, per-station metrics, assumptions, the manifest. */
final class ReportTables {
  /** A delivery stage's measures, as opposed to those of the people or machines that serve it. */
  private static final Set<String> STAGE_METRICS =
      Set.of(MetricNames.WAIT_MEAN, MetricNames.QUEUE_LENGTH_MEAN, MetricNames.TIME_IN_STAGE_MEAN, MetricNames.BOTTLENECK);

  /** A stage, team or station, and which kind of measures it has here. */
  private record Place(String name, String kind) {}

  private ReportTables() {}

  /**
   * A number for people: four significant digits, "–" when not measured, 0 for rounding residue
   * (never "-1.07e-15"), small values written out ("0.00042").
   */
  static String number(double x) {
    if (!Double.isFinite(x) || Math.abs(x) < 0.001) {
      return MetricWords.number(x);
    }
    return Math.abs(x) >= 1000 ? String.format(Locale.ROOT, "%,.0f", x)
        : String.format(Locale.ROOT, "%.4g", x).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
  }

  static String interval(MetricSummary m) {
    return Double.isFinite(m.ci95Low()) ? "[" + number(m.ci95Low()) + ", " + number(m.ci95High()) + "]" : "–";
  }

  /**
   * Metrics of the whole system (no station, no class), by label and unit: mean, 95% CI,
   * p50/p85/p95 across replications; summary.csv keeps the machine names.
   */
  static void headline(HtmlReport html, Summary summary) {
    List<List<String>> rows = new ArrayList<>();
    for (MetricSummary m : summary.metrics()) {
      if (m.key().station().isEmpty() && m.key().jobClass().isEmpty() && m.n() > 0) {
        MetricKey k = m.key();
        rows.add(List.of(MetricWords.label(k), MetricWords.cell(m.mean(), k), cellInterval(m),
            MetricWords.cell(m.p50(), k), MetricWords.cell(m.p85(), k), MetricWords.cell(m.p95(), k)));
      }
    }
    html.table(List.of("metric (unit)", "mean", "95% CI", "p50 of replications", "p85", "p95"), rows);
  }

  private static String cellInterval(MetricSummary m) {
    return Double.isFinite(m.ci95Low())
        ? "[" + MetricWords.cell(m.ci95Low(), m.key()) + ", " + MetricWords.cell(m.ci95High(), m.key()) + "]" : "–";
  }

  /**
   * Per-station metrics, one table per kind of station (stages, teams, machines): the stations
   * that report the same metrics share a table, one row each, one column per metric mean.
   */
  static void perStation(HtmlReport html, Summary summary) {
    // keyed by place and kind: a gate and a team may share a name ("qa") and belong in two tables
    Map<Place, Map<String, MetricSummary>> byStation = new LinkedHashMap<>();
    for (MetricSummary m : summary.metrics()) {
      if (!m.key().station().isEmpty() && m.key().jobClass().isEmpty()) {
        String kind = STAGE_METRICS.contains(m.key().name()) ? "stage" : "resource";
        byStation.computeIfAbsent(new Place(m.key().station(), kind), s -> new LinkedHashMap<>())
            .put(m.key().name(), m);
      }
    }
    Map<Set<String>, List<Place>> groups = new LinkedHashMap<>();
    byStation.forEach((station, metrics) ->
        groups.computeIfAbsent(new LinkedHashSet<>(metrics.keySet()), k -> new ArrayList<>()).add(station));
    groups.forEach((names, stations) -> {
      List<String> headers = new ArrayList<>(List.of("where"));
      for (String name : names) {
        MetricKey k = byStation.get(stations.get(0)).get(name).key();
        headers.add(MetricWords.label(new MetricKey(k.name(), dev.deliverysim.model.Place.SYSTEM, k.dimension(), k.unit())));
      }
      List<List<String>> rows = new ArrayList<>();
      for (Place station : stations) {
        List<String> row = new ArrayList<>(List.of(station.name()));
        names.forEach(name -> {
          MetricSummary m = byStation.get(station).get(name);
          row.add(MetricWords.cell(m.mean(), m.key()));
        });
        rows.add(row);
      }
      html.table(headers, rows);
    });
  }

  /** Each chart inlined, captioned with its title and what it shows. */
  static void charts(HtmlReport html, List<FlowCharts.Drawn> charts) {
    for (FlowCharts.Drawn chart : charts) {
      html.figure(chart.png(), chart.title(), chart.title() + ". " + chart.caption());
    }
  }

  /**
   * How every report ends: the assumptions under {@code heading} (left out when there are none),
   * then the manifest; writes the page into {@code dir}.
   */
  static void finish(HtmlReport html, String heading, List<Assumptions.Assumption> assumptions,
      Manifest manifest, ResultsWriter dir) throws IOException {
    if (!assumptions.isEmpty()) {
      html.heading(heading);
      assumptions(html, assumptions);
    }
    html.heading("Manifest");
    manifest(html, manifest);
    html.write(dir);
  }

  static void assumptions(HtmlReport html, List<Assumptions.Assumption> assumptions) {
    html.muted("Values not listed take their defaults (docs/scenario-reference.md). Notes are the"
        + " comments written beside each value in the scenario file.");
    html.table(List.of("parameter", "value", "set in", "note"), assumptions.stream()
        .map(a -> List.of(a.shown(), a.value(), a.setIn(), a.note())).toList());
  }

  static void manifest(HtmlReport html, Manifest manifest) throws IOException {
    java.io.StringWriter json = new java.io.StringWriter();
    ManifestJson.write(manifest, json);
    html.preformatted(json.toString());
  }
}
