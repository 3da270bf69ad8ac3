/**
 * Officials and the positions they held over time, each date at its precision, so that a
 * contact shows every participant's title as of its date rather than today's.
 */
package dev.readout.official;
