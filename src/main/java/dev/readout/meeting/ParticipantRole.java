package dev.readout.meeting;

public enum ParticipantRole {

	HOST, GUEST, LEAD, DELEGATION_MEMBER

}
