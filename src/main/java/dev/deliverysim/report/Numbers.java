package dev.deliverysim.report;

/**
 * How numbers are spelled in every output: the shortest text that reads back as the same double
 * (so files are exact and byte-identical between identical runs), empty for "not measured", and
 * {@code inf} for "not reached within the horizon".
 */
final class Numbers {
  private Numbers() {}

  static String csv(double x) {
    if (x == Double.POSITIVE_INFINITY) {
      return "inf"; // not reached within the horizon (pandas and R read it as infinity)
    }
    if (!Double.isFinite(x)) {
      return "";
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return Double.toString(x);
  }
}
