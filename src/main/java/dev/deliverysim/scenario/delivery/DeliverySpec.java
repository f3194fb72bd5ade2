package dev.deliverysim.scenario.delivery;

import dev.deliverysim.model.delivery.Policy;
import dev.deliverysim.scenario.tree.Required;
import java.util.List;

/**
 * A software delivery organisation, the {@code delivery} section of a scenario: the work that
 * arrives, the teams doing it, how defects are made and found, the gates after review, AI
 * assistance and how people choose their next job.
 */
public record DeliverySpec(
    @Required WorkSpec work,
    @Required List<TeamSpec> teams,
    QualitySpec quality,
    ReviewSpec review,
    List<GateSpec> gates,
    AiSpec ai,
    Policy policy,
    WipLimitsSpec wipLimits,
    IncidentsSpec incidents,
    CoordinationSpec coordination,
    CadenceSpec cadence) {}
