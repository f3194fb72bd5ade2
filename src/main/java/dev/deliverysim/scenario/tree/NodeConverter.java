package dev.deliverysim.scenario.tree;

/**
 * Binds a type from any kind of node, for values that may be written more than one way (say
 * {@code service: 2h} or {@code service: {distribution: lognormal, mean: 2h}}).
 *
 * <p>The converter reports its own problems at {@code path} and may call back into {@code binder}
 * for parts of the value. Never called for a YAML null, which binds to null. Returning null after
 * reporting an error marks the enclosing record as failed.
 */
@FunctionalInterface
public interface NodeConverter<T> {
  T convert(YamlNode node, String path, Problems problems, RecordBinder binder);
}
