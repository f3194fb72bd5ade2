/**
 * The software delivery model: features split into tasks, each coded by a developer and opened as
 * a pull request, reviewed by someone other than its author, checked by gates (CI runners, QA),
 * sent back for rework when a defect is found, and deployed. People are shared between coding and
 * review; AI assistance scales effort, PR size, defect injection and review effort.
 *
 * <p>Definitions ({@code *Def}) are immutable records; {@link DeliverySimulation} holds one
 * replication's state. Everything is in hours of working time.
 */
package dev.deliverysim.model.delivery;
