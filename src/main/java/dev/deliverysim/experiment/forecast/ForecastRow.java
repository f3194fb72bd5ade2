package dev.deliverysim.experiment.forecast;

import java.time.LocalDate;

/**
 * One line of a forecast's answer, as written to {@code forecast.csv}.
 *
 * @param mode {@code simulated} or {@code history}
 * @param quantity {@code trials}, {@code completion}, {@code not_done}, {@code probability_by_target}
 *     or {@code items_by_date}
 * @param percentile {@code p50} and so on for a percentile, "" otherwise
 * @param value the number: working hours or weeks to completion, a probability, a count; NaN when
 *     there is none (a percentile that falls on replications not done by the horizon)
 * @param unit {@code h} (working hours), {@code w} (weeks), {@code 1}, {@code items} or {@code trials}
 * @param date the completion date, the target, or the "by" date; null when there is none
 */
public record ForecastRow(
    String mode, String quantity, String percentile, double value, String unit, LocalDate date) {}
