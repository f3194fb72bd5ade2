package dev.deliverysim.scenario;

import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.model.delivery.Skill;
import dev.deliverysim.model.delivery.TeamDef;
import dev.deliverysim.scenario.spec.CostsSpec;
import dev.deliverysim.scenario.tree.Names;
import dev.deliverysim.scenario.tree.Spelling;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the {@code costs} section against the organisation it prices (every team named must
 * exist, and a team rate given for one team must be given for all, so a total never silently
 * leaves a team out) and compiles it into {@link Costs}.
 */
final class CostsCompiler {
  static final String DEFAULT_CURRENCY = "$";

  private final Locator at;

  CostsCompiler(Locator at) {
    this.at = at;
  }

  /** {@link Costs#NONE} when the section is absent; null after reporting problems. */
  Costs compile(CostsSpec spec, DeliveryDef delivery) {
    if (spec == null) {
      return Costs.NONE;
    }
    int errors = at.errorCount();
    List<Costs.Price> priced = new ArrayList<>();
    List<Costs.TeamRate> rates = teamRates(spec.personHour(), delivery.teams());
    if (spec.personHour() != null) {
      priced.add(Costs.Price.PEOPLE);
    }
    double seat = amount(spec.aiSeatPerMonth(), "costs.ai_seat_per_month", Costs.Price.AI_SEATS, priced);
    int seats = seats(spec.aiSeats(), delivery);
    if (spec.aiSeats() != null && spec.aiSeatPerMonth() == null) {
      at.error("costs.ai_seats", "ai_seats needs costs.ai_seat_per_month, the price of one seat a month");
    }
    double ci = amount(spec.ciMinute(), "costs.ci_minute", Costs.Price.CI, priced);
    if (spec.ciMinute() != null && delivery.gates().stream().noneMatch(g -> g.automated())) {
      at.warning("costs.ci_minute", "no gate is served by machines, so no CI minute is ever paid for");
    }
    double downtime = amount(spec.incidentDowntimeHour(), "costs.incident_downtime_hour", Costs.Price.DOWNTIME, priced);
    double value = amount(spec.valuePerFeature(), "costs.value_per_feature", Costs.Price.VALUE, priced);
    double delay = amount(spec.delayPerFeatureWeek(), "costs.delay_per_feature_week", Costs.Price.DELAY, priced);
    String currency = spec.currency() != null ? spec.currency().strip() : DEFAULT_CURRENCY;
    if (currency.isEmpty() || currency.length() > 8 || currency.contains("/")) {
      at.error("costs.currency", "expected a short currency label such as USD, EUR or $ (at most 8"
          + " characters, no '/'), received: \"" + spec.currency() + "\"");
    }
    if (at.errorCount() > errors) {
      return null;
    }
    Costs.Per per = spec.per() != null ? spec.per() : Costs.Per.QUARTER;
    return new Costs(currency, per, rates, seat, seats, ci, downtime, value, delay, priced);
  }

  /** Each team's rate in team order; every key must be a team, and every team must have a rate. */
  private List<Costs.TeamRate> teamRates(Map<String, Double> given, List<TeamDef> teams) {
    if (given == null) {
      return List.of();
    }
    List<String> names = teams.stream().map(TeamDef::name).toList();
    given.forEach((team, rate) -> {
      String path = "costs.person_hour." + team;
      if (!names.contains(team)) {
        String hint = Spelling.hint(team, names);
        at.keyError(path, "unknown team '" + team + "'" + hint + "; teams are: " + Names.listed(names));
      } else if (rate == null || !(rate >= 0) || Double.isInfinite(rate)) {
        at.error(path, "expected an amount ≥ 0 (the loaded cost of one person-hour), received: " + shown(rate));
      }
    });
    List<String> missing = names.stream().filter(n -> !given.containsKey(n)).toList();
    if (!missing.isEmpty()) {
      at.error("costs.person_hour", "missing the cost of a person-hour of " + Names.listed(missing)
          + ": price every team, or the total would leave them out");
    }
    return teams.stream().filter(t -> given.get(t.name()) != null)
        .map(t -> new Costs.TeamRate(t.name(), given.get(t.name()))).toList();
  }

  /** A price given must be a finite amount ≥ 0; absent, it is 0 and not listed as priced. */
  private double amount(Double given, String path, Costs.Price price, List<Costs.Price> priced) {
    if (given == null) {
      return 0;
    }
    if (!(given >= 0) || Double.isInfinite(given)) {
      at.error(path, "expected an amount ≥ 0, received: " + shown(given));
      return 0;
    }
    priced.add(price);
    return given;
  }

  private static String shown(Double amount) {
    return amount != null && amount == Math.rint(amount) && Math.abs(amount) < 1e15
        ? Long.toString(amount.longValue()) : String.valueOf(amount);
  }

  /** Seats as given; otherwise everyone who codes when AI assists any task, else none. */
  private int seats(Integer given, DeliveryDef delivery) {
    if (given != null) {
      if (given < 0) {
        at.error("costs.ai_seats", "expected an integer ≥ 0, received: " + given);
        return 0;
      }
      return given;
    }
    if (!(delivery.ai().adoption() > 0)) {
      return 0;
    }
    return delivery.teams().stream().filter(t -> t.skills().contains(Skill.CODE)).mapToInt(TeamDef::headcount).sum();
  }
}
