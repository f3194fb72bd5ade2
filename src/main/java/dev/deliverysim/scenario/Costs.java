package dev.deliverysim.scenario;

import java.util.List;
import java.util.Locale;

/**
 * What a delivery organisation's time, tools and outages cost, and what its delivered features
 * are worth: the compiled {@code costs} section. Amounts are in {@code currency}; a price that the
 * scenario does not give is absent from {@link #priced} and counts as nothing.
 *
 * @param personHour the loaded cost of one working hour of one person, per team, in the
 *     organisation's team order (people are paid for every working hour, busy or idle)
 * @param aiSeats AI assistant seats paid for: as given, or else everyone who codes when AI is on
 * @param delayPerFeatureWeek the cost of each week a feature spends in progress (its cost of delay)
 */
public record Costs(
    String currency,
    Per per,
    List<TeamRate> personHour,
    double aiSeatPerMonth,
    int aiSeats,
    double ciMinute,
    double incidentDowntimeHour,
    double valuePerFeature,
    double delayPerFeatureWeek,
    List<Price> priced) {

  /** No {@code costs} section: nothing is priced and no money is reported. */
  public static final Costs NONE = new Costs("", Per.QUARTER, List.of(), 0, 0, 0, 0, 0, 0, List.of());

  /** The period money is reported per, in working weeks. */
  public enum Per {
    WEEK(1), MONTH(52.0 / 12), QUARTER(13), YEAR(52);

    private final double weeks;

    Per(double weeks) {
      this.weeks = weeks;
    }

    public double weeks() {
      return weeks;
    }

    /** "quarter", as written in a scenario and in units such as {@code USD/quarter}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Which of the scenario's prices are given; each adds a line of money to the results. */
  public enum Price { PEOPLE, AI_SEATS, CI, DOWNTIME, VALUE, DELAY }

  /** One team's loaded cost per person-hour. */
  public record TeamRate(String team, double perHour) {}

  public Costs {
    personHour = List.copyOf(personHour);
    priced = List.copyOf(priced);
    if (currency == null || per == null) {
      throw new IllegalArgumentException("costs need a currency label and a period");
    }
  }

  /** True when the scenario has a {@code costs} section. */
  public boolean present() {
    return this != NONE;
  }

  public boolean has(Price price) {
    return priced.contains(price);
  }

  /** The unit of an amount per period, such as {@code USD/quarter}. */
  public String perPeriodUnit() {
    return currency + "/" + per.word();
  }
}
