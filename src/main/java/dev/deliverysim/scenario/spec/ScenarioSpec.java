package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.delivery.DeliverySpec;
import dev.deliverysim.scenario.tree.Required;
import java.util.List;

/**
 * A whole scenario file: either a queueing network ({@code job_classes} and {@code stations}) or
 * a software delivery organisation ({@code delivery}); {@code sweep} optionally declares the grid
 * {@code deliverysim sweep} runs when given no {@code --param} (entries as for {@code --param});
 * {@code levers} optionally declares the controls of the workshop page ({@code deliverysim serve}).
 * {@code costs} optionally prices a delivery organisation's time and tools and values its features.
 * {@code phases} optionally changes a delivery organisation's numbers at dates (see {@code PhaseSpec}).
 * {@code label} is what answers and reports call the scenario (default: its name). {@code uncertainty}
 * optionally gives inputs as ranges drawn across replications (second-order Monte Carlo).
 */
public record ScenarioSpec(
    @Required String name,
    String label,
    String description,
    UnitsSpec units,
    RunSpec run,
    List<JobClassSpec> jobClasses,
    List<StationSpec> stations,
    DeliverySpec delivery,
    List<String> sweep,
    List<LeverSpec> levers,
    CostsSpec costs,
    List<PhaseSpec> phases,
    UncertaintySpec uncertainty) {}
