package dev.readout.agreement;

/** How many agreements (including declined proposals) came out of one meeting. */
public record AgreementCount(long meetingId, long count) {

}
