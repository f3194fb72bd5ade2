package dev.deliverysim.scenario.spec;

import dev.deliverysim.model.Discipline;
import dev.deliverysim.model.WhenFull;
import dev.deliverysim.scenario.Count;
import dev.deliverysim.scenario.tree.Required;
import java.util.Map;

/**
 * A station: servers, room, queue order, service law(s) and where jobs go next. A game station
 * rolls a die each round instead ({@code moves_per_round}, no servers or service), and any station
 * can hold work at the start ({@code start_with}) or pass work on in batches ({@code transfer_batch}).
 * A rolling station may hold a drum-buffer-rope ({@code rope}): it releases work at the drum's pace.
 * {@code label} is what people read, the name by default.
 */
public record StationSpec(
    @Required String name,
    Count servers,
    Count capacity,
    WhenFull whenFull,
    Discipline discipline,
    DistributionSpec service,
    Map<String, DistributionSpec> serviceByClass,
    RouteSpec next,
    Map<String, RouteSpec> nextByClass,
    MovesSpec movesPerRound,
    Integer startWith,
    Integer transferBatch,
    RopeSpec rope,
    String label) {}
