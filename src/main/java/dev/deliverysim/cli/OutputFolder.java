package dev.deliverysim.cli;

import dev.deliverysim.report.ResultsFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prepares a results folder for a command, saying plainly why it cannot when it cannot. */
final class OutputFolder {
  private OutputFolder() {}

  /** The folder, ready to be written; null after explaining on {@code err} why it is not. */
  static ResultsFolder prepare(String command, Path dir, PrintWriter err) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      err.println("deliverysim " + command + ": --out: " + dir + " is a file; expected a folder for the results");
      return null;
    }
    ResultsFolder folder = new ResultsFolder(dir);
    try {
      folder.begin();
      return folder;
    } catch (IOException e) {
      err.println("deliverysim " + command + ": cannot write results to " + dir + ": " + e);
      return null;
    }
  }
}
