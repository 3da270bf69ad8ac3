package dev.readout.readout;

/** How many readouts one side issued of one meeting. */
public record ReadoutCount(long meetingId, String side, long count) {

}
