package dev.deliverysim.report;

import dev.deliverysim.experiment.TimelineSummary;
import java.io.IOException;

/** The numeric files of a run, written through the study's {@link ResultsWriter}. */
public final class RunFiles {
  public static final String SUMMARY_JSON = "summary.json";
  public static final String SUMMARY_CSV = "summary.csv";
  public static final String REPLICATIONS_CSV = "replications.csv";

  private RunFiles() {}

  /** The numbers: summary.json, summary.csv, replications.csv. */
  public static void writeResults(ResultsWriter out, RunRecord run) throws IOException {
    out.text(SUMMARY_JSON, w -> SummaryJson.write(run, w));
    out.text(SUMMARY_CSV, w -> SummaryCsv.write(run, w));
    out.text(REPLICATIONS_CSV, w -> ReplicationsCsv.write(run, w));
  }

  /** timeseries.csv and finished.csv; wip-ages.csv for a delivery organisation. */
  public static void writeTimeline(ResultsWriter out, TimelineSummary timeline) throws IOException {
    out.text(TimelineCsv.SERIES, w -> TimelineCsv.writeSeries(timeline, w));
    out.text(TimelineCsv.FINISHED, w -> TimelineCsv.writeFinished(timeline, w));
    if (timeline.item().equals("PR")) {
      out.text(TimelineCsv.WIP_AGES, w -> TimelineCsv.writeWipAges(timeline, w));
    }
  }
}
