package dev.deliverysim.scenario.tree;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into a positioned {@link YamlNode} tree, because Jackson's databind forgets where values
 * came from and we want every error to carry {@code file:line:col}.
 *
 * <p>Findings from pinning Jackson 2.23's streaming parser (see {@code YamlTreeReaderTest}): token
 * locations are 1-based and exact for keys and values in block and flow style; a block map starts at
 * its first key, a block list at its first {@code -}. Its exception locations are not always where
 * the problem is (an unterminated quote reports the key), so syntax errors use snakeyaml's problem
 * mark instead. Aliases come through as a string holding the anchor name, which would silently bind
 * the wrong value, so they are reported as errors.
 */
public final class YamlTreeReader {

  private static final Pattern DOCUMENT_START = Pattern.compile("---(\\s.*)?");

  private YamlTreeReader() {}

  /**
   * Reads {@code file}, reporting problems under {@code displayName}. Returns null if the file cannot
   * be read or is not valid YAML; an empty document gives a YAML null at 1:1.
   */
  public static YamlNode read(Path file, String displayName, Problems problems) {
    String text = readText(file, displayName, problems);
    return text == null ? null : readString(text, displayName, problems);
  }

  /**
   * The text of {@code file}, or null after reporting why it cannot be read. The loader keeps this
   * text (for hashes and for the comments reports show) so that nothing reads the file twice.
   */
  public static String readText(Path file, String displayName, Problems problems) {
    Position start = new Position(displayName, 1, 1);
    try {
      return InputFiles.readText(file, InputFiles.MAX_SCENARIO_BYTES);
    } catch (InputFiles.UnreadableException e) {
      problems.error(start, "", "cannot read file: " + e.getMessage());
    } catch (NoSuchFileException e) {
      problems.error(start, "", "cannot read file: no such file");
    } catch (AccessDeniedException e) {
      problems.error(start, "", "cannot read file: permission denied");
    } catch (CharacterCodingException e) {
      problems.error(start, "", "cannot read file: it is not UTF-8 text");
    } catch (IOException e) {
      problems.error(start, "", "cannot read file: " + e.getMessage());
    }
    return null;
  }

  /** Reads YAML text; see {@link #read}. */
  public static YamlNode readString(String yaml, String displayName, Problems problems) {
    return readString(yaml, displayName, 0, problems);
  }

  /**
   * Reads YAML text that sits {@code firstLineOffset} characters into a longer line, as a
   * {@code --set} value does after {@code path=}, so positions on line 1 point into that line.
   */
  public static YamlNode readString(
      String yaml, String displayName, int firstLineOffset, Problems problems) {
    String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
    return new Reading(text, displayName, firstLineOffset, problems).run();
  }

  /** The state of one read: the parser and where to report. */
  private static final class Reading {
    private final String text;
    private final String source;
    private final int offset;
    private final Problems problems;
    private YAMLParser parser;

    Reading(String text, String source, int offset, Problems problems) {
      this.text = text;
      this.source = source;
      this.offset = offset;
      this.problems = problems;
    }

    YamlNode run() {
      try (YAMLParser p = new YAMLFactory().createParser(text)) {
        parser = p;
        JsonToken first = p.nextToken();
        if (first == null) {
          return ScalarNode.nullAt(new Position(source, 1, 1 + offset));
        }
        YamlNode root = readValue(first, "");
        if (p.nextToken() != null) {
          problems.error(documentStart(tokenPosition()), "",
              "a scenario file must hold one YAML document; remove this '---' or split the file");
        }
        return root;
      } catch (IOException e) {
        problems.error(syntaxPosition(e), "", "YAML syntax error: " + syntaxMessage(e));
        return null;
      }
    }

    private YamlNode readValue(JsonToken token, String path) throws IOException {
      Position position = tokenPosition();
      switch (token) {
        case START_OBJECT:
          return readMap(position, path);
        case START_ARRAY:
          return readList(position, path);
        case VALUE_NULL:
          return new ScalarNode(position, parser.getText(), ScalarNode.Kind.NULL);
        case VALUE_NUMBER_INT:
          return new ScalarNode(position, parser.getText(), ScalarNode.Kind.INTEGER);
        case VALUE_NUMBER_FLOAT:
          return new ScalarNode(position, parser.getText(), ScalarNode.Kind.FLOAT);
        case VALUE_TRUE:
        case VALUE_FALSE:
          return new ScalarNode(position, parser.getText(), ScalarNode.Kind.BOOLEAN);
        default:
          if (parser.isCurrentAlias()) {
            problems.error(position, path, "YAML aliases (*" + parser.getText()
                + ") are not supported; repeat the value or use 'extends:'");
            return ScalarNode.nullAt(position);
          }
          return new ScalarNode(position, parser.getText(), ScalarNode.Kind.STRING);
      }
    }

    private MapNode readMap(Position position, String path) throws IOException {
      LinkedHashMap<String, MapEntry> entries = new LinkedHashMap<>();
      for (JsonToken token = next(); token != JsonToken.END_OBJECT; token = next()) {
        String key = parser.currentName();
        Position keyPosition = tokenPosition();
        String childPath = Paths.child(path, key);
        YamlNode value = readValue(next(), childPath);
        MapEntry first = entries.get(key);
        if (first == null) {
          entries.put(key, new MapEntry(keyPosition, value));
        } else {
          // Keep the first so later errors describe one consistent value.
          problems.error(keyPosition, childPath,
              "duplicate key '" + key + "' (first at line " + first.keyPosition().line() + ")");
        }
      }
      return new MapNode(position, entries);
    }

    private ListNode readList(Position position, String path) throws IOException {
      List<YamlNode> elements = new ArrayList<>();
      for (JsonToken token = next(); token != JsonToken.END_ARRAY; token = next()) {
        elements.add(readValue(token, Paths.index(path, elements.size())));
      }
      return new ListNode(position, elements);
    }

    private JsonToken next() throws IOException {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new IOException("unexpected end of document");
      }
      return token;
    }

    private Position tokenPosition() {
      JsonLocation location = parser.currentTokenLocation();
      return at(location.getLineNr(), location.getColumnNr());
    }

    private Position at(int line, int column) {
      return new Position(source, Math.max(line, 1), Math.max(column, 1)).shiftFirstLine(offset);
    }

    /** Jackson reports the second document's first token; the user wants the {@code ---} line. */
    private Position documentStart(Position token) {
      String[] lines = text.split("\n", -1);
      for (int line = Math.min(token.line(), lines.length); line >= 1; line--) {
        if (DOCUMENT_START.matcher(lines[line - 1].stripTrailing()).matches()) {
          return at(line, 1);
        }
      }
      return token;
    }

    private Position syntaxPosition(IOException e) {
      if (e.getCause() instanceof MarkedYAMLException marked) {
        Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
        if (mark != null) {
          return at(mark.getLine() + 1, mark.getColumn() + 1);
        }
      }
      if (e instanceof JsonProcessingException jackson && jackson.getLocation() != null) {
        return at(jackson.getLocation().getLineNr(), jackson.getLocation().getColumnNr());
      }
      return at(1, 1);
    }

    private String syntaxMessage(IOException e) {
      if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
        String message = marked.getProblem();
        Mark context = marked.getContextMark();
        if (marked.getContext() != null && context != null) {
          Position start = at(context.getLine() + 1, context.getColumn() + 1);
          message += " (" + marked.getContext() + " that starts at line " + start.line()
              + ", column " + start.column() + ")";
        } else if (marked.getContext() != null) {
          message += " (" + marked.getContext() + ")";
        }
        return message;
      }
      String message = e instanceof JsonProcessingException jackson
          ? jackson.getOriginalMessage() : e.getMessage();
      if (message != null && message.startsWith("Expected a field name")) {
        return "map keys must be plain values, not lists or maps";
      }
      return message;
    }
  }
}
