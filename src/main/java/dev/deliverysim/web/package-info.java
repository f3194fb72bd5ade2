/**
 * The workshop page ({@code deliverysim serve}): a small HTTP server on the JDK's own
 * {@code com.sun.net.httpserver}, serving one offline page from the jar and answering each lever
 * change with {@link dev.deliverysim.study.WorkshopStudy}. Thin, like {@code cli}: it parses
 * requests, bounds them, calls the study and serves what it returns.
 */
package dev.deliverysim.web;
