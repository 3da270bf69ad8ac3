/**
 * Pages that put several features together, above them: a meeting with its readouts,
 * agreements and sources, an official with the meetings they took part in, and the
 * deleted records an admin can restore.
 */
package dev.readout.dossier;
