package dev.readout.meeting;

/** A source one meeting cites, read in bulk for exports. */
public record MeetingSource(long meetingId, long sourceId) {

}
