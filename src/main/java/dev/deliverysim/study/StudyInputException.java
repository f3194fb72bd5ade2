package dev.deliverysim.study;

import java.util.List;

/**
 * The study cannot run as asked: an unknown metric, a bad option value, a grid point that does not
 * load. Nothing has been run or written. Two kinds of lines: {@link #messages()} name the option
 * ({@code --metric: unknown metric 'x' (did you mean 'y'?)}), and a caller says which command
 * they belong to; {@link #located()} are the scenario loader's own lines
 * ({@code file:line:col: error: …}), complete as they are.
 */
public final class StudyInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> located;
  private final List<String> messages;

  public StudyInputException(List<String> located, List<String> messages) {
    super(String.join("; ", messages.isEmpty() ? located : messages));
    this.located = List.copyOf(located);
    this.messages = List.copyOf(messages);
  }

  public StudyInputException(List<String> messages) {
    this(List.of(), messages);
  }

  public StudyInputException(String message) {
    this(List.of(message));
  }

  public List<String> located() {
    return located;
  }

  public List<String> messages() {
    return messages;
  }
}
