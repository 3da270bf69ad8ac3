package dev.readout;

import dev.readout.vocabulary.Attribution;
import dev.readout.vocabulary.StatementKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import dev.readout.agreement.Agreement;
import dev.readout.agreement.AgreementStatus;
import dev.readout.meeting.Meeting;
import dev.readout.vocabulary.Topic;
import dev.readout.meeting.MeetingFormat;
import dev.readout.meeting.MeetingLevel;
import dev.readout.meeting.MeetingStatus;
import dev.readout.meeting.ParticipantRole;
import dev.readout.official.Official;
import dev.readout.readout.Readout;

import dev.readout.source.CopyKind;
import dev.readout.source.Source;
import dev.readout.vocabulary.PartialDate;
import jakarta.persistence.EntityManager;

/**
 * Grows the record with meetings as full as analysts make them: delegations, readouts,
 * agreements and sources.
 */
public final class RecordMother {

	private final EntityManager entityManager;

	private int sequence;

	public RecordMother(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * A held meeting with {@code participants} officials (each with two positions) split
	 * between the two sides, {@code readouts} readouts alternating sides, and
	 * {@code agreements} agreements with three status changes each. Every record cites
	 * its own source and one shared source with a copy.
	 */
	public Meeting meeting(LocalDate on, int participants, int readouts, int agreements) {
		int n = ++this.sequence;
		Source shared = persist(new Source("Wire service", "Shared report " + n, on, null));
		Source copy = persist(new Source(null, "Copy of shared report " + n, on, null));
		copy.markAsCopyOf(shared, CopyKind.COPY);

		Meeting meeting = new Meeting("Working talks " + n, PartialDate.day(on), MeetingFormat.IN_PERSON,
				MeetingStatus.HELD, MeetingLevel.WORKING_LEVEL);
		meeting.reschedule(PartialDate.day(on), LocalTime.of(9, 0), false, ZoneId.of("Asia/Shanghai"), null, null);
		meeting.setPlace("Beijing", "CN", null);
		meeting.setSources(Set.of(shared, copy));
		for (int i = 0; i < participants; i++) {
			String side = (i % 2 == 0) ? "US" : "CN";
			Official official = new Official("Official " + n + "-" + i, null, side);
			official.holdPosition("Deputy Director", null, PartialDate.year(on.getYear() - 2),
					PartialDate.day(on.minusDays(30)));
			official.holdPosition("Director", null, PartialDate.day(on.minusDays(29)), null);
			persist(official);
			meeting.addParticipant(official, side, (i < 2) ? ParticipantRole.LEAD : ParticipantRole.DELEGATION_MEMBER);
		}
		persist(meeting);
		for (int i = 0; i < readouts; i++) {
			String side = (i % 2 == 0) ? "US" : "CN";
			Readout readout = new Readout(meeting, side, "Foreign ministry", on, "Readout " + n + "-" + i, null);
			readout.revise(side, StatementKind.READOUT, "Foreign ministry", on, "Readout " + n + "-" + i,
					List.of("frank", "constructive"), "First paragraph.\n\nSecond paragraph.",
					Set.of(shared, persist(new Source(null, "Readout source " + n + "-" + i, on, null))),
					Set.of(this.entityManager.find(Topic.class, 1L + i % 13)));
			persist(readout);
		}
		for (int i = 0; i < agreements; i++) {
			Source evidence = persist(new Source(null, "Evidence " + n + "-" + i, on, null));
			Agreement agreement = new Agreement(meeting, "Commitment " + n + "-" + i, AgreementStatus.AGREED, on,
					"Agreed", Attribution.NONE, shared);
			agreement.changeStatus(AgreementStatus.IN_PROGRESS, on.plusDays(10), "Under way", Attribution.NONE,
					evidence);
			agreement.changeStatus(AgreementStatus.STALLED, on.plusDays(40), "Stalled", Attribution.NONE, evidence);
			agreement.cite(copy);
			persist(agreement);
		}
		return meeting;
	}

	private <T> T persist(T entity) {
		this.entityManager.persist(entity);
		return entity;
	}

}
