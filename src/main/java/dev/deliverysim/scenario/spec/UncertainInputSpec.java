package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.tree.Required;

/**
 * One uncertain input: the value at {@code path} (written as for {@code --set}) drawn, once per
 * outer draw, from exactly one of {@code uniform} and {@code triangular}; {@code label} is what
 * people read (default: the parameter's words).
 */
public record UncertainInputSpec(@Required String path, String label, UncertainUniformSpec uniform,
    UncertainTriangularSpec triangular) {}
