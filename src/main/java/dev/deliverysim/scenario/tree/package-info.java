/**
 * Reads scenario YAML into a tree that remembers {@code file:line:col} for every value, edits it
 * ({@code --set}, {@code extends:}) and binds it to records, collecting all problems in one pass.
 *
 * <p>Typical use: {@link dev.deliverysim.scenario.tree.InheritanceResolver#resolve}, then
 * {@link dev.deliverysim.scenario.tree.TreeEdits#applySet} for each override, then
 * {@link dev.deliverysim.scenario.tree.RecordBinder#bind}, then print
 * {@link dev.deliverysim.scenario.tree.Problems#format}.
 */
package dev.deliverysim.scenario.tree;
