package dev.deliverysim.model;

/**
 * A station's long-run load from the traffic equations, before any simulation.
 *
 * @param arrivalRate jobs per hour reaching the station (all classes, all visits)
 * @param offeredLoad work arriving per hour per server (ρ); for unlimited servers, the mean number
 *     busy
 * @param saturated ρ ≥ 1 with unlimited room, or with blocking that backs up into another
 *     station: a queue grows without bound, there is no steady state
 * @param visits visits to the station per job arriving from outside (1 at each station of a
 *     line; more with rework loops), losses ignored
 */
public record StationLoad(String station, double arrivalRate, double offeredLoad, boolean saturated, double visits) {
  /** A load whose visits are not known (NaN). */
  public StationLoad(String station, double arrivalRate, double offeredLoad, boolean saturated) {
    this(station, arrivalRate, offeredLoad, saturated, Double.NaN);
  }
}
