package dev.deliverysim.cli;

import dev.deliverysim.report.UnusableFolderException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns an unexpected exception into one line and exit code 1; the stack trace only with
 * {@code --stacktrace}. Expected failures (bad input) never get here: commands report those.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    if (e instanceof UnusableFolderException) {
      // not a bug: the disk filled up, or the folder became unwritable, while the study ran
      err.println("deliverysim: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    boolean trace = parseResult.expandedArgs().contains("--stacktrace");
    // a replication that failed says which one, and its seed, in its message
    err.println("deliverysim: internal error: " + e.getMessage());
    if (trace) {
      e.printStackTrace(err);
    } else if (cmd.getCommandSpec().findOption("--stacktrace") != null) {
      err.println("rerun with --stacktrace for details");
    } else {
      err.println("please report this, with the command you ran");
    }
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }
}
