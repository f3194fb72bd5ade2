package dev.deliverysim.scenario;

import dev.deliverysim.model.NetworkDef;
import dev.deliverysim.model.NetworkModel;
import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.StationLoad;
import dev.deliverysim.model.StopRule;
import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.model.delivery.DeliveryModel;
import dev.deliverysim.model.delivery.PhaseDef;
import java.util.List;

/**
 * A checked, compiled scenario: what is simulated (a queueing network or a delivery
 * organisation), how each replication stops, the experiment's size and seed, its units (the
 * working day and week, and the unit results are reported in), and the sweep it declares (the
 * {@code PATH=VALUES} entries {@code deliverysim sweep} uses when given no {@code --param}), the
 * levers it declares for the workshop page (empty when it declares none), what its time and
 * tools cost ({@link Costs#NONE} without a {@code costs} section), and its inputs known only as a
 * range ({@link Uncertainty#NONE} without an {@code uncertainty} section).
 */
public record Scenario(
    String name,
    String description,
    Body body,
    StopRule stop,
    int replications,
    long seed,
    Units units,
    List<String> sweep,
    List<Lever> levers,
    Costs costs,
    Uncertainty uncertainty) {

  /** What the scenario simulates. */
  public sealed interface Body permits NetworkBody, DeliveryBody {
    SimulationModel model(StopRule stop, OutputUnit unit);

    /** Offered loads from the traffic equations (per hour); empty where they do not apply. */
    List<StationLoad> loads();

    /** A few words for {@code validate}: "3 stations, 1 job class". */
    String describe();
  }

  /** An open queueing network, with each station's load from the traffic equations. */
  public record NetworkBody(NetworkDef network, List<StationLoad> loads) implements Body {
    public NetworkBody {
      loads = List.copyOf(loads);
    }

    @Override
    public SimulationModel model(StopRule stop, OutputUnit unit) {
      return new NetworkModel(network, stop, unit);
    }

    @Override
    public String describe() {
      return plural(network.stations().size(), "station") + ", "
          + plural(network.jobClasses().size(), "job class");
    }
  }

  /** A software delivery organisation. */
  /**
   * A software delivery organisation, with the phases that change its numbers at dates (empty for
   * none). {@link #delivery} is the organisation before any phase: its shape holds throughout.
   */
  public record DeliveryBody(DeliveryDef delivery, List<PhaseDef> phases) implements Body {
    public DeliveryBody {
      phases = List.copyOf(phases);
    }

    public DeliveryBody(DeliveryDef delivery) {
      this(delivery, List.of());
    }

    @Override
    public SimulationModel model(StopRule stop, OutputUnit unit) {
      return new DeliveryModel(delivery, phases, stop, unit);
    }

    @Override
    public List<StationLoad> loads() {
      return List.of();
    }

    @Override
    public String describe() {
      int people = delivery.teams().stream().mapToInt(t -> t.headcount()).sum();
      return plural(delivery.teams().size(), "team") + " (" + plural(people, "person") + "), "
          + plural(delivery.gates().size(), "gate");
    }
  }

  /** What the experiment layer replicates: with uncertain inputs, each outer draw's scenario in turn. */
  public SimulationModel model() {
    SimulationModel nominal = body.model(stop, outputUnit());
    return uncertainty.present() ? new UncertainModel(nominal, uncertainty) : nominal;
  }

  /** The same scenario with these uncertain inputs. */
  Scenario withUncertainty(Uncertainty inputs) {
    return new Scenario(name, description, body, stop, replications, seed, units, sweep, levers, costs, inputs);
  }

  /** The same scenario simulating {@code other} instead. */
  public Scenario withBody(Body other) {
    return new Scenario(name, description, other, stop, replications, seed, units, sweep, levers, costs, uncertainty);
  }

  /** The unit times and rates are reported in. */
  public OutputUnit outputUnit() {
    return units.output();
  }

  public List<StationLoad> loads() {
    return body.loads();
  }

  /** The delivery pipeline's stages, in flow order; empty for a network. */
  public List<dev.deliverysim.model.delivery.StageDef> stages() {
    return body instanceof DeliveryBody d ? d.delivery().stages() : List.of();
  }

  /** True when no station is saturated, so averages describe a steady state. */
  public boolean steadyState() {
    return loads().stream().noneMatch(StationLoad::saturated);
  }

  /**
   * The network of a network scenario.
   *
   * @throws IllegalStateException for a delivery scenario
   */
  public Scenario {
    sweep = List.copyOf(sweep);
    levers = List.copyOf(levers);
    java.util.Objects.requireNonNull(costs, "costs (Costs.NONE when none)");
    java.util.Objects.requireNonNull(uncertainty, "uncertainty (Uncertainty.NONE when none)");
  }

  public NetworkDef network() {
    if (body instanceof NetworkBody n) {
      return n.network();
    }
    throw new IllegalStateException("scenario " + name + " is a delivery organisation, not a network");
  }

  private static String plural(int n, String noun) {
    String plural = noun.endsWith("s") ? noun + "es" : noun.equals("person") ? "people" : noun + "s";
    return n + " " + (n == 1 ? noun : plural);
  }
}
