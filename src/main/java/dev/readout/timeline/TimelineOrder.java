package dev.readout.timeline;

public enum TimelineOrder {

	NEWEST, OLDEST

}
