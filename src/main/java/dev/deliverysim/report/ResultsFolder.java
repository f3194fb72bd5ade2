package dev.deliverysim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a run's files into its results folder. The old manifest goes first and the new one comes
 * last, so a folder whose run failed or was interrupted has no manifest and cannot pass for whole;
 * each file is itself written atomically.
 */
public final class ResultsFolder {
  public static final String SUMMARY_JSON = "summary.json";
  public static final String SUMMARY_CSV = "summary.csv";
  public static final String REPLICATIONS_CSV = "replications.csv";
  public static final String MANIFEST_JSON = "manifest.json";

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
  }

  public List<Path> write(RunRecord run, Manifest manifest) throws IOException {
    AtomicFiles.write(dir.resolve(SUMMARY_JSON), out -> SummaryJson.write(run, out));
    AtomicFiles.write(dir.resolve(SUMMARY_CSV), out -> SummaryCsv.write(run, out));
    AtomicFiles.write(dir.resolve(REPLICATIONS_CSV), out -> ReplicationsCsv.write(run, out));
    AtomicFiles.write(dir.resolve(MANIFEST_JSON), out -> ManifestJson.write(manifest, out));
    return List.of(
        dir.resolve(SUMMARY_JSON),
        dir.resolve(SUMMARY_CSV),
        dir.resolve(REPLICATIONS_CSV),
        dir.resolve(MANIFEST_JSON));
  }
}
