/**
 * The {@code delivery} section of a scenario: its raw shape ({@code *Spec} records, nullable
 * components, no logic, keys in snake_case) and {@link dev.deliverysim.scenario.delivery.DeliveryCompiler},
 * which checks it and builds the model's {@link dev.deliverysim.model.delivery.DeliveryDef}.
 */
package dev.deliverysim.scenario.delivery;
