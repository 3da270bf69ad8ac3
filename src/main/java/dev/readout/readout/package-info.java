/**
 * Readouts: each government's own summary of a meeting, with the characterisations it
 * chose and the sources that carry it. The meeting page sets the sides' readouts next to
 * each other.
 */
package dev.readout.readout;
