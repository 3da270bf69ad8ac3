/**
 * Agreements: commitments made at meetings, and proposals declined there, each with a
 * dated and sourced history of its status so analysts can see which commitments were
 * kept.
 */
package dev.readout.agreement;
