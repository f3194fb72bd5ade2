package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.Costs;
import java.util.Map;

/**
 * The money side of a delivery scenario, the optional {@code costs} section: what an hour of each
 * team costs, AI seats, CI minutes, downtime, and what a delivered feature is worth. Every amount
 * is in {@code currency} (a label only) and every key is optional; results are reported per
 * {@code per} (default quarter).
 */
public record CostsSpec(
    String currency,
    Costs.Per per,
    Map<String, Double> personHour,
    Double aiSeatPerMonth,
    Integer aiSeats,
    Double ciMinute,
    Double incidentDowntimeHour,
    Double valuePerFeature,
    Double delayPerFeatureWeek) {}
