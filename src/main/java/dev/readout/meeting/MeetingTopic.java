package dev.readout.meeting;

/** A topic of one meeting, read in bulk for lists and exports. */
public record MeetingTopic(long meetingId, String topic) {

}
