package dev.deliverysim.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;

/**
 * Standard error that prints each warning once per command: a sweep checks its scenario and then
 * every point, a compare may load one file twice, and the same saturated station would otherwise
 * be announced again each time.
 */
final class WarningsOnce extends PrintWriter {
  private final Set<String> printed = new HashSet<>();

  WarningsOnce(PrintWriter err) {
    super(err, true);
  }

  @Override
  public void println(String line) {
    if (line != null && line.contains(": warning: ") && !printed.add(line)) {
      return;
    }
    super.println(line);
  }
}
