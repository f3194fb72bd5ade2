/**
 * The raw shape of a scenario file, one record per YAML map: nullable components, no logic. Keys
 * are the components' names in snake_case. {@code ScenarioCompiler} checks and turns these into the
 * model's definitions; docs/scenario-reference.md documents every key.
 */
package dev.deliverysim.scenario.spec;
