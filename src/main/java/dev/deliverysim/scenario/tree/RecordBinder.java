package dev.deliverysim.scenario.tree;

import static dev.deliverysim.scenario.tree.BindingTypes.keysOf;
import static dev.deliverysim.scenario.tree.BindingTypes.rawClass;
import static dev.deliverysim.scenario.tree.BindingTypes.typeArgument;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a positioned YAML tree to Java records by reflection, reporting every problem in one pass
 * with the user's spelling of the path ({@code stations[2].servers}).
 *
 * <p>YAML keys are the snake_case form of the record components ({@code max_queue} for
 * {@code maxQueue}). Supported component types: {@code String}, {@code int}/{@code Integer},
 * {@code long}/{@code Long}, {@code double}/{@code Double} (integers accepted), {@code boolean}/
 * {@code Boolean} (true/false only), enums (case-insensitive, {@code -} same as {@code _}), records,
 * {@code List<T>}, {@code Map<String, T>} (order kept) and any type with a registered
 * {@link NodeConverter} or {@link ScalarConverter} (checked in that order, before the built-ins).
 *
 * <p>A missing key or an explicit YAML null binds to null, unless the component is primitive or
 * {@link Required}. Binding keeps going after an error so that siblings are checked too; a record
 * or collection that contains an error binds to null. An {@link IllegalArgumentException} from a
 * record's constructor is reported at the record's map. An unsupported component type is a
 * programming error and throws {@link IllegalStateException}.
 */
public final class RecordBinder {

  private static final int MAX_KEYS_SHOWN = 8;

  private final Map<Class<?>, ScalarConverter<?>> scalarConverters;
  private final Map<Class<?>, NodeConverter<?>> nodeConverters;

  public RecordBinder() {
    this(Map.of(), Map.of());
  }

  public RecordBinder(Map<Class<?>, ScalarConverter<?>> scalarConverters) {
    this(scalarConverters, Map.of());
  }

  public RecordBinder(
      Map<Class<?>, ScalarConverter<?>> scalarConverters, Map<Class<?>, NodeConverter<?>> nodeConverters) {
    this.scalarConverters = Map.copyOf(scalarConverters);
    this.nodeConverters = Map.copyOf(nodeConverters);
  }

  /** A binder that also converts {@code type} from scalar text; a type-safe way to register. */
  public <T> RecordBinder withScalar(Class<T> type, ScalarConverter<T> converter) {
    Map<Class<?>, ScalarConverter<?>> scalars = new HashMap<>(scalarConverters);
    scalars.put(type, converter);
    return new RecordBinder(scalars, nodeConverters);
  }

  /** A binder that also binds {@code type} with {@code converter}, from any kind of node. */
  public <T> RecordBinder withNode(Class<T> type, NodeConverter<T> converter) {
    Map<Class<?>, NodeConverter<?>> nodes = new HashMap<>(nodeConverters);
    nodes.put(type, converter);
    return new RecordBinder(scalarConverters, nodes);
  }

  /**
   * Binds a top-level record. Unlike a nested one, a YAML null (an empty file) is an error here.
   * Returns null when {@code node} is null (reading already failed) or after reporting problems.
   */
  public <R extends Record> R bind(YamlNode node, Class<R> type, String path, Problems problems) {
    if (node == null) {
      return null;
    }
    if (!(node instanceof MapNode)) {
      mismatch(node, type, path, problems);
      return null;
    }
    return type.cast(bindValue(node, (Type) type, path, problems));
  }

  /** Binds any supported type; for {@link NodeConverter}s that delegate parts of a value. */
  @SuppressWarnings("unchecked")
  public <T> T bindValue(YamlNode node, Class<T> type, String path, Problems problems) {
    return (T) bindValue(node, (Type) type, path, problems);
  }

  /** Binds any supported, possibly generic type such as {@code List<Station>}. Null binds to null. */
  public Object bindValue(YamlNode node, Type type, String path, Problems problems) {
    if (node == null || node instanceof ScalarNode scalar && scalar.isNull()) {
      return null;
    }
    Class<?> raw = rawClass(type, path);
    NodeConverter<?> nodeConverter = nodeConverters.get(raw);
    if (nodeConverter != null) {
      return nodeConverter.convert(node, path, problems, this);
    }
    ScalarConverter<?> scalarConverter = scalarConverters.get(raw);
    if (scalarConverter != null) {
      return convertScalar(node, raw, scalarConverter, path, problems);
    }
    if (raw.isRecord()) {
      return bindRecord(node, raw.asSubclass(Record.class), path, problems);
    }
    if (raw == List.class) {
      return bindList(node, type, path, problems);
    }
    if (raw == Map.class) {
      return bindMap(node, type, path, problems);
    }
    if (!BuiltinScalars.supports(raw)) {
      throw new IllegalStateException("RecordBinder cannot bind " + type.getTypeName() + " at '" + path
          + "'; register a ScalarConverter or NodeConverter for it");
    }
    if (!(node instanceof ScalarNode scalar)) {
      mismatch(node, type, path, problems);
      return null;
    }
    try {
      return BuiltinScalars.parse(raw, scalar);
    } catch (IllegalArgumentException e) {
      problems.error(node.position(), path, e.getMessage());
      return null;
    }
  }

  private Object bindRecord(YamlNode node, Class<? extends Record> type, String path, Problems problems) {
    if (!(node instanceof MapNode map)) {
      mismatch(node, type, path, problems);
      return null;
    }
    int errorsBefore = problems.errorCount();
    RecordComponent[] components = type.getRecordComponents();
    List<String> keys = keysOf(type);
    map.entries().forEach((key, entry) -> {
      if (!keys.contains(key)) {
        problems.error(entry.keyPosition(), Paths.child(path, key), unknownField(key, keys));
      }
    });
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      String key = keys.get(i);
      boolean required = component.isAnnotationPresent(Required.class) || component.getType().isPrimitive();
      YamlNode value = map.get(key);
      if (value == null) {
        if (required) {
          problems.error(map.position(), path, "missing required field '" + key + "'");
        }
      } else if (required && value instanceof ScalarNode scalar && scalar.isNull()) {
        problems.error(value.position(), Paths.child(path, key),
            "expected " + expected(component.getGenericType()) + ", received: null");
      } else {
        arguments[i] = bindValue(value, component.getGenericType(), Paths.child(path, key), problems);
      }
    }
    if (problems.errorCount() > errorsBefore) {
      return null;
    }
    return construct(type, components, arguments, map, path, problems);
  }

  private static Object construct(Class<? extends Record> type, RecordComponent[] components,
      Object[] arguments, MapNode map, String path, Problems problems) {
    Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<? extends Record> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException invalid) {
        problems.error(map.position(), path, invalid.getMessage());
        return null;
      }
      if (e.getCause() instanceof RuntimeException unexpected) {
        throw unexpected;
      }
      throw new IllegalStateException("constructing " + type.getName() + " failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  private Object bindList(YamlNode node, Type type, String path, Problems problems) {
    if (!(node instanceof ListNode list)) {
      mismatch(node, type, path, problems);
      return null;
    }
    Type elementType = typeArgument(type, 0, path);
    int errorsBefore = problems.errorCount();
    List<Object> elements = new ArrayList<>();
    for (YamlNode element : list.elements()) {
      elements.add(bindElement(element, elementType, Paths.index(path, elements.size()), problems));
    }
    return problems.errorCount() > errorsBefore ? null : Collections.unmodifiableList(elements);
  }

  private Object bindMap(YamlNode node, Type type, String path, Problems problems) {
    if (typeArgument(type, 0, path) != String.class) {
      throw new IllegalStateException("RecordBinder binds only Map<String, T>, not " + type.getTypeName());
    }
    if (!(node instanceof MapNode map)) {
      mismatch(node, type, path, problems);
      return null;
    }
    Type valueType = typeArgument(type, 1, path);
    int errorsBefore = problems.errorCount();
    LinkedHashMap<String, Object> values = new LinkedHashMap<>();
    map.entries().forEach((key, entry) ->
        values.put(key, bindElement(entry.value(), valueType, Paths.child(path, key), problems)));
    return problems.errorCount() > errorsBefore ? null : Collections.unmodifiableMap(values);
  }

  /** Collections hold no nulls: a null element is almost always a stray {@code -} or an empty value. */
  private Object bindElement(YamlNode node, Type type, String path, Problems problems) {
    if (node instanceof ScalarNode scalar && scalar.isNull()) {
      problems.error(node.position(), path, "expected " + expected(type) + ", received: null");
      return null;
    }
    return bindValue(node, type, path, problems);
  }

  private Object convertScalar(
      YamlNode node, Class<?> type, ScalarConverter<?> converter, String path, Problems problems) {
    if (!(node instanceof ScalarNode scalar)) {
      mismatch(node, type, path, problems);
      return null;
    }
    try {
      return converter.convert(scalar.text());
    } catch (IllegalArgumentException e) {
      String expected = e.getMessage() == null || e.getMessage().isBlank()
          ? "a valid " + type.getSimpleName() : e.getMessage();
      String prefix = expected.startsWith("expected ") ? "" : "expected ";
      problems.error(node.position(), path, prefix + expected + ", received: " + node.describe());
      return null;
    }
  }

  private void mismatch(YamlNode node, Type type, String path, Problems problems) {
    String received = path.isEmpty() ? node.describeDocument() : node.describe();
    problems.error(node.position(), path, "expected " + expected(type) + ", received: " + received);
  }

  /** What a value of {@code type} looks like, for the "expected ..." half of a message. */
  private String expected(Type type) {
    Class<?> raw = rawClass(type, "");
    if (nodeConverters.containsKey(raw)) {
      return "a value";
    }
    if (scalarConverters.containsKey(raw)) {
      return "a single value";
    }
    if (raw.isRecord()) {
      List<String> keys = keysOf(raw.asSubclass(Record.class));
      String shown = keys.size() <= MAX_KEYS_SHOWN ? String.join(", ", keys)
          : String.join(", ", keys.subList(0, MAX_KEYS_SHOWN)) + ", …";
      return "a map with keys " + shown;
    }
    if (raw == List.class) {
      return "a list";
    }
    if (raw == Map.class) {
      return "a map";
    }
    return BuiltinScalars.supports(raw) ? BuiltinScalars.expected(raw) : "a value";
  }

  private static String unknownField(String key, List<String> keys) {
    if (keys.isEmpty()) {
      return "unknown field; this map takes no fields";
    }
    return Spelling.closest(key, keys)
        .map(name -> "unknown field (did you mean '" + name + "'?)")
        .orElse("unknown field; expected one of: " + String.join(", ", keys));
  }
}
