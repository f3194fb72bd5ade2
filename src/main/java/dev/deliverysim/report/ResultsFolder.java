package dev.deliverysim.report;

import dev.deliverysim.experiment.TimelineSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a run's files into its results folder: numbers first, then the timeline, charts and
 * report (which may be skipped on a machine without fonts), then the manifest. The old manifest
 * and drawings go first and the new manifest comes last, so a folder whose run failed or was interrupted has no manifest and cannot pass for whole;
 * each file is itself written atomically.
 */
public final class ResultsFolder {
  public static final String SUMMARY_JSON = "summary.json";
  public static final String SUMMARY_CSV = "summary.csv";
  public static final String REPLICATIONS_CSV = "replications.csv";
  public static final String MANIFEST_JSON = "manifest.json";
  /**
   * Files a command may write besides the run's numbers: removed when a command begins, so a chart
   * or another command's table never outlives the run it came from in a reused folder.
   */
  private static final List<String> DRAWN = List.of(HtmlReport.FILE, "flow.png", "flow.svg",
      "queues.png", "queues.svg", "throughput.png", "throughput.svg", "lead-time.png", "lead-time.svg",
      "lead-time-scatter.png", "lead-time-scatter.svg", TimelineCsv.SERIES, TimelineCsv.FINISHED,
      "forest.png", "forest.svg", "hours.png", "hours.svg", "tornado.png", "tornado.svg",
      "forecast.png", "forecast.svg", "bottleneck.png", "bottleneck.svg", "bottleneck-share.png",
      "bottleneck-share.svg", "comparison.csv", "sensitivity.csv", "forecast.csv");

  private final Path dir;

  public ResultsFolder(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /** Call before the run starts: removes the previous run's completeness marker. */
  public void begin() throws IOException {
    Files.createDirectories(dir);
    Files.deleteIfExists(dir.resolve(MANIFEST_JSON));
    for (String drawn : DRAWN) {
      Files.deleteIfExists(dir.resolve(drawn));
    }
  }

  /** The numbers: summary.json, summary.csv, replications.csv. */
  public void writeResults(RunRecord run) throws IOException {
    AtomicFiles.write(dir.resolve(SUMMARY_JSON), out -> SummaryJson.write(run, out));
    AtomicFiles.write(dir.resolve(SUMMARY_CSV), out -> SummaryCsv.write(run, out));
    AtomicFiles.write(dir.resolve(REPLICATIONS_CSV), out -> ReplicationsCsv.write(run, out));
  }

  /** timeseries.csv and finished.csv. */
  public void writeTimeline(TimelineSummary timeline) throws IOException {
    AtomicFiles.write(dir.resolve(TimelineCsv.SERIES), out -> TimelineCsv.writeSeries(timeline, out));
    AtomicFiles.write(dir.resolve(TimelineCsv.FINISHED), out -> TimelineCsv.writeFinished(timeline, out));
  }

  /** Last of all: the manifest, which marks the folder complete. */
  public void finish(Manifest manifest) throws IOException {
    AtomicFiles.write(dir.resolve(MANIFEST_JSON), out -> ManifestJson.write(manifest, out));
  }
}
