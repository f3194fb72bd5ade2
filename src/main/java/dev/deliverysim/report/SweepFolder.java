package dev.deliverysim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deliverysim.experiment.sweep.Bottleneck;
import dev.deliverysim.model.MetricNames;
import dev.deliverysim.experiment.sweep.Param;
import dev.deliverysim.experiment.sweep.PointBottleneck;
import dev.deliverysim.experiment.sweep.PointResult;
import dev.deliverysim.experiment.sweep.PointSink;
import dev.deliverysim.experiment.sweep.SweepGrid;
import dev.deliverysim.experiment.sweep.SweepSpec;
import dev.deliverysim.scenario.LoadedScenario;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep's results folder. {@code sweep.json} names the sweep (its spec and hash); each finished
 * point is two small files under {@code points/}, each written atomically, the metrics file last
 * so that its presence means the point is whole. {@code sweep.csv} and {@code bottleneck.csv} are
 * assembled from the point files in point order, streamed, so neither a resumed run nor a merge of
 * shards can change a byte, and memory does not grow with the sweep.
 */
public final class SweepFolder implements PointSink {
  public static final String SPEC_JSON = "sweep.json";
  public static final String SWEEP_CSV = "sweep.csv";
  public static final String BOTTLENECK_CSV = "bottleneck.csv";
  public static final String POINTS = "points";

  /** The folder belongs to another sweep: resuming or merging it would mix results. */
  public static final class MismatchException extends Exception {
    private static final long serialVersionUID = 1L;

    MismatchException(String message) {
      super(message);
    }
  }

  private final Path dir;

  public SweepFolder(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /**
   * Starts or resumes a sweep here: removes the completeness marker, then records the spec, or
   * checks that the one already recorded is the same sweep.
   */
  public void begin(SweepSpec spec) throws IOException, MismatchException {
    // Checked before anything is touched: a refused run leaves the other sweep's results whole.
    boolean resuming = Files.exists(dir.resolve(SPEC_JSON));
    if (resuming) {
      String recorded = readSpec().hash();
      if (!recorded.equals(spec.hash())) {
        throw new MismatchException(dir + " holds another sweep (spec " + abbreviate(recorded)
            + ", this one " + abbreviate(spec.hash()) + "): the scenario, --set, --param, seed, replications or"
            + " deliverysim's version differ. Use another --out, or delete the folder to start over.");
      }
    }
    Files.createDirectories(dir.resolve(POINTS));
    Files.deleteIfExists(dir.resolve(ResultsWriter.MANIFEST));
    if (!resuming) {
      AtomicFiles.write(dir.resolve(SPEC_JSON), out -> writeSpec(spec, out));
    }
  }

  /** A point is done when both its files are: one without the other is run again. */
  @Override
  public boolean done(int point) {
    return Files.exists(pointFile(dir, point, false)) && Files.exists(pointFile(dir, point, true));
  }

  @Override
  public void accept(PointResult result) throws IOException {
    AtomicFiles.write(pointFile(dir, result.point(), true), out -> SweepCsv.writeBottleneckRows(result, out));
    AtomicFiles.write(pointFile(dir, result.point(), false), out -> SweepCsv.writeRows(result, out));
  }

  /** Points of {@code grid} that none of {@code folders} has, in order. */
  public static List<Integer> missing(List<SweepFolder> folders, int points) {
    List<Integer> missing = new ArrayList<>();
    for (int p = 0; p < points; p++) {
      if (find(folders, p, false) == null) {
        missing.add(p);
      }
    }
    return missing;
  }

  /** Writes sweep.csv and bottleneck.csv through {@code out} from the point files of {@code folders}. */
  public static void assemble(List<SweepFolder> folders, SweepGrid grid, ResultsWriter out) throws IOException {
    out.text(SWEEP_CSV, w -> concatenate(folders, grid, false, w));
    out.text(BOTTLENECK_CSV, w -> concatenate(folders, grid, true, w));
  }

  /**
   * Where the constraint sat at a point finished by an earlier run (or another shard), and its
   * throughput, read back from its point files: the input of a resumed sweep or a merge, parsed
   * exactly as written.
   */
  public static PointBottleneck readBottleneck(List<SweepFolder> folders, SweepGrid grid, int point)
      throws IOException {
    Path file = find(folders, point, true);
    if (file == null) {
      throw new IOException("point " + point + " has no file " + pointName(point, true));
    }
    int parameters = grid.params().size();
    String metric = "";
    String top = "";
    List<Bottleneck.Level> levels = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      List<String> f = Csv.split(line); // values…, station, metric, mean, share, bottleneck
      metric = f.get(parameters + 1);
      levels.add(new Bottleneck.Level(f.get(parameters), number(f.get(parameters + 2)), number(f.get(parameters + 3))));
      top = Boolean.parseBoolean(f.get(parameters + 4)) ? f.get(parameters) : top;
    }
    return new PointBottleneck(grid.values(point), new Bottleneck(metric, levels, top),
        readThroughput(find(folders, point, false), parameters, metric.equals(MetricNames.BOTTLENECK)));
  }

  /** The system-wide throughput row of a point's metrics file: values…, metric, station, class, unit, n, mean, sd, low, high. */
  private static PointBottleneck.Throughput readThroughput(Path file, int parameters, boolean delivery)
      throws IOException {
    String metric = PointBottleneck.Throughput.metricFor(delivery);
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      List<String> f = Csv.split(line);
      if (f.get(parameters).equals(metric) && f.get(parameters + 1).isEmpty() && f.get(parameters + 2).isEmpty()) {
        return new PointBottleneck.Throughput(metric, f.get(parameters + 3), number(f.get(parameters + 5)),
            number(f.get(parameters + 7)), number(f.get(parameters + 8)));
      }
    }
    return PointBottleneck.Throughput.NONE;
  }

  private static double number(String text) {
    return text.isEmpty() ? Double.NaN : Double.parseDouble(text); // empty is how NaN is written
  }

  private static void concatenate(List<SweepFolder> folders, SweepGrid grid, boolean bottleneck, Writer w)
      throws IOException {
    w.write(bottleneck ? SweepCsv.bottleneckHeader(grid.paths()) : SweepCsv.header(grid.paths()));
    for (int p = 0; p < grid.size(); p++) {
      Path file = find(folders, p, bottleneck);
      if (file == null) {
        throw new IOException("point " + p + " has no file " + pointName(p, bottleneck));
      }
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        r.transferTo(w);
      }
    }
  }

  private static Path find(List<SweepFolder> folders, int point, boolean bottleneck) {
    for (SweepFolder f : folders) {
      if (f.done(point)) { // both files, or the point is not finished, whatever else exists
        return pointFile(f.dir, point, bottleneck);
      }
    }
    return null;
  }

  private static Path pointFile(Path dir, int point, boolean bottleneck) {
    return dir.resolve(POINTS).resolve(pointName(point, bottleneck));
  }

  private static String pointName(int point, boolean bottleneck) {
    return String.format(java.util.Locale.ROOT, "%07d%s.csv", point, bottleneck ? ".bottleneck" : "");
  }

  private static void writeSpec(SweepSpec spec, Writer out) throws IOException {
    ObjectNode root = SummaryJson.JSON.createObjectNode();
    root.put("hash", spec.hash());
    root.put("scenario_file", spec.scenario());
    ArrayNode sources = root.putArray("sources");
    spec.sources().forEach(s -> sources.addObject().put("file", s.file()).put("sha256", s.sha256()));
    ArrayNode overrides = root.putArray("overrides");
    spec.overrides().forEach(overrides::add);
    ArrayNode params = root.putArray("params");
    for (Param p : spec.grid().params()) {
      ArrayNode values = params.addObject().put("path", p.path()).putArray("values");
      p.values().forEach(values::add);
    }
    root.put("points", spec.grid().size());
    root.put("seed", spec.seed());
    root.put("replications", spec.replications());
    root.put("build", spec.build());
    SummaryJson.JSON.writeValue(NonClosing.of(out), root);
    out.write('\n');
  }

  /** The sweep all {@code folders} belong to; refuses folders of different sweeps. */
  public static SweepSpec commonSpec(List<SweepFolder> folders) throws IOException, MismatchException {
    SweepSpec common = null;
    for (SweepFolder folder : folders) {
      SweepSpec spec = folder.readSpec();
      if (common != null && !common.hash().equals(spec.hash())) {
        throw new MismatchException(folder.dir() + " holds another sweep than " + folders.get(0).dir()
            + " (their " + SPEC_JSON + " differ): nothing merged");
      }
      common = spec;
    }
    if (common == null) {
      throw new MismatchException("no folder to merge");
    }
    return common;
  }

  /** The spec recorded in this folder, checked against its own hash. */
  public SweepSpec readSpec() throws IOException, MismatchException {
    Path file = dir.resolve(SPEC_JSON);
    if (!Files.exists(file)) {
      throw new MismatchException(dir + " is not a sweep folder (no " + SPEC_JSON + ")");
    }
    JsonNode root;
    try {
      root = SummaryJson.JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new MismatchException(file + " is not valid JSON (" + e.getOriginalMessage()
          + "): the folder is damaged; sweep into a new --out folder");
    }
    List<LoadedScenario.SourceFile> sources = new ArrayList<>();
    root.path("sources").forEach(s -> sources.add(
        new LoadedScenario.SourceFile(s.path("file").asText(), s.path("sha256").asText())));
    List<String> overrides = new ArrayList<>();
    root.path("overrides").forEach(o -> overrides.add(o.asText()));
    List<Param> params = new ArrayList<>();
    for (JsonNode p : root.path("params")) {
      List<String> values = new ArrayList<>();
      p.path("values").forEach(v -> values.add(v.asText()));
      params.add(new Param(p.path("path").asText(), values));
    }
    SweepSpec spec = new SweepSpec(root.path("scenario_file").asText(), sources, overrides,
        new SweepGrid(params), root.path("seed").asLong(), root.path("replications").asInt(),
        root.path("build").asText());
    if (!spec.hash().equals(root.path("hash").asText())) {
      throw new MismatchException(file + " was edited: its content no longer matches its hash");
    }
    return spec;
  }

  private static String abbreviate(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }
}
