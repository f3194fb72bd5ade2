package dev.deliverysim.cli;

import dev.deliverysim.scenario.tree.Spelling;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A mistyped command gets one line with a suggestion, not the whole help:
 * {@code deliverysim: unknown command 'rnu' (did you mean 'run'?)}. Other usage errors keep
 * picocli's message and the command's usage.
 */
final class UnknownCommand implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    boolean topLevel = cmd.getParent() == null;
    if (topLevel && e instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
      String typed = unmatched.getUnmatched().get(0);
      String hint = Spelling.hint(typed, cmd.getSubcommands().keySet());
      err.println("deliverysim: unknown command '" + typed + "'" + hint + "; commands are: "
          + String.join(", ", cmd.getSubcommands().keySet()));
      err.println("Run 'deliverysim --help' for what each does.");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    err.println(e.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      e.getCommandLine().usage(err);
    }
    err.flush();
    return ExitCodes.BAD_INPUT;
  }
}
