/**
 * Searching the whole record at once: meetings, readouts (with their characterisations),
 * agreements and officials, ranked, with the matching words highlighted.
 */
package dev.readout.search;
