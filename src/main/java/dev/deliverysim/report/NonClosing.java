package dev.deliverysim.report;

import java.io.FilterWriter;
import java.io.Writer;

/** Keeps Jackson from closing a writer that belongs to the caller. */
final class NonClosing extends FilterWriter {
  private NonClosing(Writer out) {
    super(out);
  }

  static Writer of(Writer out) {
    return new NonClosing(out);
  }

  @Override
  public void close() {
    // the owner closes it
  }
}
