package dev.deliverysim.cli;

import dev.deliverysim.report.BottleneckChart;
import dev.deliverysim.report.BottleneckShareChart;
import dev.deliverysim.report.FlowCharts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Draws a command's charts once its numbers are safely written. Charts need fonts: on a minimal
 * image without any, the JDK fails deep in font lookup, so that failure becomes one sentence naming
 * the packages to install, and the command still succeeds with its numeric results.
 */
final class Charts {
  static final String NO_FONTS = "charts skipped: this machine has no fonts for drawing them;"
      + " install them (Debian/Ubuntu: apt-get install -y fontconfig fonts-dejavu-core) and run again";

  private Charts() {}

  /** Something that draws and writes charts. */
  @FunctionalInterface
  interface Drawing {
    void draw() throws IOException;
  }

  /** The bottleneck-shift charts of a one-parameter sweep, beside its bottleneck.csv. */
  static List<FlowCharts.Drawn> bottleneckShift(Path bottleneckCsv, int parameters, String scenario,
      PrintWriter err) throws IOException {
    if (parameters != 1 || !numericValues(bottleneckCsv)) {
      // a grid of several parameters, or values such as policies or durations, has no numeric axis
      return List.of();
    }
    return draw(() -> List.of(BottleneckChart.write(bottleneckCsv, scenario),
        BottleneckShareChart.write(bottleneckCsv, scenario)), List.of(), err);
  }

  /** Whether every swept value in the first column of {@code bottleneck.csv} is a plain number. */
  private static boolean numericValues(Path bottleneckCsv) throws IOException {
    List<String> lines = java.nio.file.Files.readAllLines(bottleneckCsv);
    for (String line : lines.subList(1, lines.size())) {
      String value = line.startsWith("\"") ? "" : line.substring(0, Math.max(0, line.indexOf(',')));
      try {
        Double.parseDouble(value);
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return true;
  }

  /** Something that draws charts and returns what it drew. */
  @FunctionalInterface
  interface Drawings<T> {
    T draw() throws IOException;
  }

  /** Draws, or says in one sentence why this machine cannot. */
  static void draw(Drawing drawing, PrintWriter err) throws IOException {
    draw(() -> {
      drawing.draw();
      return null;
    }, null, err);
  }

  /** What {@code drawing} drew, or {@code none} after saying in one sentence why this machine cannot. */
  static <T> T draw(Drawings<T> drawing, T none, PrintWriter err) throws IOException {
    try {
      return drawing.draw();
    } catch (InternalError | NullPointerException | java.awt.AWTError e) {
      // "Fontconfig head is null", "Probable fatal error: No fonts found": no fonts installed. A
      // NullPointerException counts only when thrown inside the JDK's font code: ours is a bug.
      if (e instanceof NullPointerException && !fromFontCode(e)) {
        throw e;
      }
      err.println("deliverysim: " + NO_FONTS + " (" + e.getMessage() + ")");
      return none;
    }
  }

  private static boolean fromFontCode(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      String type = frame.getClassName();
      if (type.startsWith("sun.font.") || type.startsWith("sun.awt.") || type.startsWith("java.awt.Font")) {
        return true;
      }
    }
    return false;
  }
}
