package dev.readout.timeline;

/** How densely the timeline lists contacts. */
public enum TimelineView {

	/** One line per contact: date, title, the principals, place, status, readouts. */
	COMPACT,
	/** A card per contact with every participant. */
	DETAILED

}
