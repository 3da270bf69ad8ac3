package dev.readout.meeting;

public enum MeetingStatus {

	PLANNED, HELD, POSTPONED, CANCELLED;

	/** Whether the contact took place; the timeline sets the others apart. */
	public boolean isHeld() {
		return this == HELD;
	}

}
