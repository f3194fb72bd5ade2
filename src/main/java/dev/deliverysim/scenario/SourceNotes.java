package dev.deliverysim.scenario;

import dev.deliverysim.scenario.tree.InheritanceResolver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The end-of-line comments of scenario files, captured when the files are read: scenarios put their
 * sources there ({@code pr_size: 2.54   # Faros AI 2025: PR size +154%}), and a report lists them
 * beside the values. Keyed {@code source:line} (1-based), as a value's position names it.
 */
final class SourceNotes {
  private SourceNotes() {}

  static Map<String, String> of(List<InheritanceResolver.SourceText> read) {
    Map<String, String> notes = new HashMap<>();
    read.forEach(source -> notes.putAll(ofText(source.displayName(), source.text())));
    return notes;
  }

  static Map<String, String> ofText(String source, String text) {
    Map<String, String> notes = new HashMap<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String note = comment(lines.get(i));
      if (!note.isEmpty()) {
        notes.put(source + ":" + (i + 1), note);
      }
    }
    return notes;
  }

  /** The end-of-line comment of one line: the text after a {@code #} outside quotes, or "". */
  static String comment(String text) {
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        return text.substring(i + 1).strip();
      }
    }
    return "";
  }
}
