package dev.deliverysim.scenario.tree;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the shape of the Java types {@link RecordBinder} binds to; a type it cannot understand is a
 * programming error in the schema, so these throw {@link IllegalStateException}.
 */
final class BindingTypes {

  private BindingTypes() {}

  /** The YAML keys of a record: its component names in snake_case, in declaration order. */
  static List<String> keysOf(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(component -> Spelling.snakeCase(component.getName()))
        .collect(Collectors.toList());
  }

  static Class<?> rawClass(Type type, String path) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
      return raw;
    }
    throw new IllegalStateException("RecordBinder cannot bind " + type.getTypeName() + " at '" + path + "'");
  }

  static Type typeArgument(Type type, int index, String path) {
    if (type instanceof ParameterizedType generic) {
      return generic.getActualTypeArguments()[index];
    }
    throw new IllegalStateException("RecordBinder needs a type argument for " + type.getTypeName()
        + " at '" + path + "'");
  }
}
