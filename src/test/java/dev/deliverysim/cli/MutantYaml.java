package dev.deliverysim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;

/** YAML text to and from Jackson trees, for building mutants; a value that is not YAML stays text. */
final class MutantYaml {
  static final YAMLMapper MAPPER = new YAMLMapper();

  private MutantYaml() {}

  static JsonNode parse(String yaml) {
    try {
      JsonNode node = MAPPER.readTree(yaml);
      return node == null ? TextNode.valueOf(yaml) : node;
    } catch (IOException e) {
      return TextNode.valueOf(yaml);
    }
  }

  static String write(JsonNode tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
