package dev.readout.timeline;

/** What the time axis's lanes stand for: the contacts' levels, or their channels. */
public enum AxisLanes {

	LEVEL, CHANNEL

}
