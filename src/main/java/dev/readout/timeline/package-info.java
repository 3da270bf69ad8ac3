/**
 * The timeline: every contact on the record, grouped by month, newest or oldest first,
 * each with its participants' titles as of its date, its status, and how many readouts
 * and agreements it has.
 */
package dev.readout.timeline;
