/**
 * Readouts: each government's own summary of a meeting, with the characterisations it
 * chose and the sources that carry it, and the comparison of the two sides' readouts.
 */
package dev.readout.readout;
