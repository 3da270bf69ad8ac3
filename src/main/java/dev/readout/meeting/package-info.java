/**
 * Meetings: the contacts between governments (meetings, calls, visits), when and where
 * they happened at the precision known, who took part for each side, the visit that
 * groups them, and the forms that record and revise them.
 */
package dev.readout.meeting;
