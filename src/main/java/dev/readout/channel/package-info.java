/**
 * Channels of contact between the governments (leaders, foreign ministers, defence,
 * economy, climate): whether each is open, declined or suspended, and how recently it was
 * used.
 */
package dev.readout.channel;
