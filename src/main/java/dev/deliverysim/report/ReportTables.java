package dev.deliverysim.report;

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

  /** A number for people: four significant digits, "–" when not measured. */
  static String number(double x) {
    if (Double.isNaN(x)) {
      return "–";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "not reached" : "-inf";
    }
    if (x != 0 && Math.abs(x) < 0.001) {
      return String.format(Locale.ROOT, "%.2e", x);
    }
    return Math.abs(x) >= 1000 ? String.format(Locale.ROOT, "%,.0f", x)
        : String.format(Locale.ROOT, "%.4g", x).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
  }

  static String interval(MetricSummary m) {
    return Double.isFinite(m.ci95Low()) ? "[" + number(m.ci95Low()) + ", " + number(m.ci95High()) + "]" : "–";
  }

  /** Metrics of the whole system (no station, no class): mean, 95% CI, p50/p85/p95 across replications. */
  static void headline(HtmlReport html, Summary summary) {
    List<List<String>> rows = new ArrayList<>();
    for (MetricSummary m : summary.metrics()) {
      if (m.key().station().isEmpty() && m.key().jobClass().isEmpty() && m.n() > 0) {
        rows.add(List.of(m.key().name(), number(m.mean()), interval(m), number(m.p50()), number(m.p85()),
            number(m.p95()), m.key().unit()));
      }
    }
    html.table(List.of("metric", "mean", "95% CI", "p50", "p85", "p95", "unit"), rows);
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
        headers.add(name + " (" + byStation.get(stations.get(0)).get(name).key().unit() + ")");
      }
      List<List<String>> rows = new ArrayList<>();
      for (Place station : stations) {
        List<String> row = new ArrayList<>(List.of(station.name()));
        names.forEach(name -> row.add(number(byStation.get(station).get(name).mean())));
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
        .map(a -> List.of(a.path(), a.value(), a.setIn(), a.note())).toList());
  }

  static void manifest(HtmlReport html, Manifest manifest) throws IOException {
    java.io.StringWriter json = new java.io.StringWriter();
    ManifestJson.write(manifest, json);
    html.preformatted(json.toString());
  }
}
