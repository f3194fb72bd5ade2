package dev.deliverysim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed, as a user's terminal would. */
record Cli(int exit, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Cli(exit, out.toString(), err.toString());
  }

  boolean printedStackTrace() {
    String all = out + err;
    return all.contains("\tat ") || all.contains("Exception") || all.contains("Error:");
  }
}
