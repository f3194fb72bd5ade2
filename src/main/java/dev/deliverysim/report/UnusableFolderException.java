package dev.deliverysim.report;

import java.io.IOException;

/** The results cannot go where asked: the target is a file, or a folder of something else. */
public final class UnusableFolderException extends IOException {
  private static final long serialVersionUID = 1L;

  public UnusableFolderException(String message) {
    super(message);
  }
}
