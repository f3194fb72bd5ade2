package dev.deliverysim.study;

import dev.deliverysim.experiment.sweep.PointBottleneck;
import dev.deliverysim.experiment.sweep.SweepSpec;
import dev.deliverysim.report.Manifest;
import dev.deliverysim.report.ResultsWriter;
import dev.deliverysim.report.SweepFolder;
import dev.deliverysim.scenario.Assumptions;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ParameterWords;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sweep merge}: combines the point files of shard folders into one sweep's final files,
 * byte-identical to an unsharded run, once every point is there. The shards' point files are its
 * input; the charts and report are drawn from the points read from them.
 */
public final class SweepMergeStudy {
  /** How many missing point numbers to name before counting the rest. */
  private static final int NAMED = 10;

  /** @param points the grid's size */
  public record Result(Path folder, int points, int folders) {}

  private SweepMergeStudy() {}

  public static Result merge(List<Path> dirs, Path target, Invocation invocation, StudyListener listener)
      throws IOException, StudyInputException {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    List<SweepFolder> folders = dirs.stream().map(SweepFolder::new).toList();
    try {
      SweepSpec spec = SweepFolder.commonSpec(folders);
      List<Integer> missing = SweepFolder.missing(folders, spec.grid().size());
      if (!missing.isEmpty()) {
        String named = String.join(", ", missing.stream().limit(NAMED).map(String::valueOf).toList());
        throw new StudyInputException(missing.size() + " of " + spec.grid().size() + " points are missing ("
            + named + (missing.size() > NAMED ? ", …" : "") + "): run or resume their shards first; nothing merged");
      }
      new SweepFolder(target).begin(spec);
      ResultsWriter out = ResultsWriter.inPlace(target);
      SweepFolder.assemble(folders, spec.grid(), out);
      List<PointBottleneck> points = new ArrayList<>();
      for (int p = 0; p < spec.grid().size(); p++) {
        points.add(SweepFolder.readBottleneck(folders, spec.grid(), p));
      }
      Manifest manifest = SweepStudy.manifest(spec, invocation, 1, started, (System.nanoTime() - t0) / 1e9);
      String name = Path.of(spec.scenario()).getFileName().toString().replaceFirst("\\.ya?ml$", "");
      LoadedScenario swept = sweptScenario(spec, listener);
      SweepStudy.finish(out, name, spec.grid(), points, swept == null ? List.of() : Assumptions.of(swept),
          swept == null ? path -> path : ParameterWords.of(swept)::words, manifest, listener);
      return new Result(target, spec.grid().size(), dirs.size());
    } catch (SweepFolder.MismatchException e) {
      throw new StudyInputException(e.getMessage());
    }
  }

  /**
   * The swept scenario, for its values and its words, loaded again here (the merge may run elsewhere, long after): only
   * when its files are still those the sweep ran, else none — a report must not describe another file.
   */
  private static LoadedScenario sweptScenario(SweepSpec spec, StudyListener listener) {
    try {
      LoadedScenario loaded = ScenarioLoader.load(Path.of(spec.scenario()), spec.overrides());
      if (loaded.sources().equals(spec.sources())) {
        return loaded;
      }
      listener.notice("note: " + spec.scenario() + " changed since the sweep ran: the report leaves its values out");
    } catch (ScenarioException e) {
      listener.notice("note: " + spec.scenario() + " no longer loads: the report leaves its values out");
    }
    return null;
  }
}
