package dev.deliverysim.report;

/** RFC 4180 quoting for one CSV field. */
final class Csv {
  private Csv() {}

  static String field(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
