package dev.deliverysim.experiment.money;

import dev.deliverysim.model.Dimension;
import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.MetricNames;
import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.Place;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.model.delivery.FeatureSource;
import dev.deliverysim.model.delivery.GateDef;
import dev.deliverysim.model.delivery.TeamDef;
import dev.deliverysim.scenario.Costs;
import dev.deliverysim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices each replication of a delivery scenario with its {@link Costs}: what its people, AI seats,
 * CI minutes, downtime and delay cost per period, what its delivered features are worth, and what
 * one delivered feature costs. The money of replication i is a function of replication i's metrics
 * only, so two scenarios run on common random numbers are priced pair by pair too.
 *
 * <p>{@code value_delivered} is 0 and {@code net_value} is minus the total cost when features are
 * not valued: a change then shows as money saved or spent. Amounts per period ({@code USD/quarter}) are rates measured over the run's window after the
 * warm-up, scaled to the period in working weeks; people are paid for every working hour, busy or
 * idle; a feature's delay is its time in the system (arrival to delivery), or its cycle time (work
 * started to delivery) for a backlog, whose lead time counts from time 0 and is not a delay.
 */
public final class Money {
  public static final String PEOPLE = "people_cost";
  public static final String AI_SEATS = "ai_seat_cost";
  public static final String CI = "ci_cost";
  public static final String DOWNTIME = "downtime_cost";
  public static final String DELAY = "delay_cost";
  public static final String TOTAL = "total_cost";
  public static final String PER_FEATURE = "cost_per_feature";
  public static final String VALUE = "value_delivered";
  public static final String NET = "net_value";
  /** What is paid out (people, AI seats, CI), apart from the losses of downtime and delay. */
  public static final String SPENDING = "spending";

  /** The money metrics and each replication's amounts, in the same replication order as the run. */
  public record Priced(MetricCatalog catalog, List<ReplicationResult> replications) {
    public Priced {
      replications = List.copyOf(replications);
    }
  }

  private final Costs costs;
  private final DeliveryDef delivery;
  private final OutputUnit unit;
  private final double hoursPerWeek;
  private final MetricCatalog measured;

  private Money(Scenario scenario, MetricCatalog measured) {
    this.costs = scenario.costs();
    this.delivery = ((Scenario.DeliveryBody) scenario.body()).delivery();
    this.unit = scenario.outputUnit();
    this.hoursPerWeek = scenario.units().hoursPerDay() * scenario.units().daysPerWeek();
    this.measured = measured;
  }

  /** True when the scenario has a {@code costs} section (only delivery scenarios may). */
  public static boolean priced(Scenario scenario) {
    return scenario.costs().present() && scenario.body() instanceof Scenario.DeliveryBody;
  }

  /**
   * Every replication of a run of {@code scenario}, priced.
   *
   * @param measured the run's metric catalogue, in the scenario's output unit
   * @throws IllegalArgumentException when the scenario has no costs
   */
  public static Priced of(Scenario scenario, MetricCatalog measured, List<ReplicationResult> replications) {
    if (!priced(scenario)) {
      throw new IllegalArgumentException("scenario " + scenario.name() + " has no costs section");
    }
    Money money = new Money(scenario, measured);
    List<ReplicationResult> priced = new ArrayList<>();
    for (ReplicationResult r : replications) {
      priced.add(new ReplicationResult(r.replication(), money.amounts(r), r.events()));
    }
    return new Priced(money.catalog(), priced);
  }

  private MetricCatalog catalog() {
    String perPeriod = costs.perPeriodUnit();
    List<MetricKey> keys = new ArrayList<>();
    for (String name : List.of(PEOPLE, AI_SEATS, CI, DOWNTIME, DELAY, TOTAL)) {
      keys.add(key(name, perPeriod));
    }
    keys.add(key(PER_FEATURE, costs.currency()));
    keys.add(key(VALUE, perPeriod));
    keys.add(key(NET, perPeriod));
    keys.add(key(SPENDING, perPeriod));
    return new MetricCatalog(keys);
  }

  private static MetricKey key(String name, String unit) {
    return new MetricKey(name, Place.SYSTEM, Dimension.MONEY, unit);
  }

  /** One replication's amounts, in {@link #catalog()} order. */
  private double[] amounts(ReplicationResult r) {
    double featuresPerHour = perHour(r, MetricNames.FEATURES_DELIVERED);
    double people = 0;
    for (Costs.TeamRate rate : costs.personHour()) {
      people += headcount(rate.team()) * rate.perHour();
    }
    double seats = costs.aiSeats() * costs.aiSeatPerMonth() / (hoursPerWeek * Costs.Per.MONTH.weeks());
    double ci = costs.ciMinute() * 60 * machineHoursPerHour(r);
    double incidents = perHour(r, "incidents");
    double downtime = incidents == 0 ? 0 : costs.incidentDowntimeHour() * incidents * hours(r, "time_to_restore_mean");
    double delayWeeks = hours(r, delivery.work().source() instanceof FeatureSource.Backlog
        ? "cycle_time_mean" : "lead_time_mean") / hoursPerWeek;
    double delay = featuresPerHour == 0 ? 0 : costs.delayPerFeatureWeek() * featuresPerHour * delayWeeks;
    double total = people + seats + ci + downtime + delay;
    double period = costs.per().weeks() * hoursPerWeek;
    double value = costs.valuePerFeature() * featuresPerHour;
    return new double[] {people * period, seats * period, ci * period, downtime * period, delay * period,
        total * period, featuresPerHour > 0 ? total / featuresPerHour : Double.NaN, value * period,
        (value - total) * period, (people + seats + ci) * period};
  }

  private int headcount(String team) {
    return delivery.teams().stream().filter(t -> t.name().equals(team)).mapToInt(TeamDef::headcount).sum();
  }

  /** Busy machine-hours per hour, over every gate served by machines. */
  private double machineHoursPerHour(ReplicationResult r) {
    double busy = 0;
    for (GateDef gate : delivery.gates()) {
      if (gate.automated()) {
        busy += read(r, MetricNames.UTILISATION + "@" + gate.name()) * gate.machines();
      }
    }
    return busy;
  }

  /** A rate metric, per hour. */
  private double perHour(ReplicationResult r, String label) {
    return read(r, label) / unit.hours();
  }

  /** A time metric, in hours. */
  private double hours(ReplicationResult r, String label) {
    return read(r, label) * unit.hours();
  }

  private double read(ReplicationResult r, String label) {
    int i = measured.indexOf(label);
    if (i < 0) {
      throw new IllegalStateException("a delivery run should report " + label);
    }
    return r.value(i);
  }
}
