package dev.deliverysim.scenario.tree;

/**
 * Turns the text of a YAML scalar into a domain value (a duration, a distribution name...), so
 * {@link RecordBinder} can bind types it does not know.
 *
 * <p>Throw {@link IllegalArgumentException} to reject the text; its message becomes the "expected"
 * part of the error, e.g. {@code "a duration such as 90s or 2h"} gives
 * {@code expected a duration such as 90s or 2h, received: "2x"} (a message that already starts with
 * {@code expected } is used as is). Never called for a YAML null, which binds to null.
 */
@FunctionalInterface
public interface ScalarConverter<T> {
  T convert(String text) throws IllegalArgumentException;
}
