package dev.readout.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.readout.form.ClaimForm;
import dev.readout.meeting.MeetingForm.ParticipantRow;
import dev.readout.vocabulary.StatementKind;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules a meeting's form keeps across its fields, each reported next to the field to
 * change: a time of day with its time zone and a day to fall on, an end only after a
 * start known to the day, participants on a side unless they are private persons, each
 * with a role and listed once, and a summary's claim with whose it is.
 */
class MeetingFormRulesTests {

	private static final Set<Long> PRIVATE_PERSONS = Set.of(90L);

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@Test
	void acceptsAContactKnownToTheDayWithItsTimeZoneAndParticipants() {
		assertThat(codes(form("2023-06-19", "10:30", "Asia/Shanghai", "2023-06-20",
				new ParticipantRow(1L, "US", ParticipantRole.LEAD), new ParticipantRow(2L, "CN", ParticipantRole.HOST),
				new ParticipantRow(90L, "", ParticipantRole.GUEST), new ParticipantRow(null, "", null))))
			.isEmpty();
	}

	@Test
	void asksForTheTimeOfDayAndItsTimeZoneTogether() {
		assertThat(codes(form("2023-06-19", "10:30", "", ""))).containsExactly("timeZone meeting.timeZone.required");
		assertThat(codes(form("2023-06-19", "", "Asia/Shanghai", "")))
			.containsExactly("localTime meeting.localTime.required");
		assertThat(codes(form("2023-06-19", "10:30", "Asia/Beijing", ""))).as("no such zone: China's is Asia/Shanghai")
			.containsExactly("timeZone meeting.timeZone.invalid");
	}

	@Test
	void refusesATimeOfDayAndAnEndForAContactKnownOnlyToTheMonth() {
		assertThat(codes(form("2023-06", "10:30", "Asia/Shanghai", "2023-06-20")))
			.containsExactly("localTime meeting.localTime.needsDay", "endDate meeting.endDate.invalid");
	}

	@Test
	void refusesAnEndBeforeTheFirstDayButTakesOneOnTheSameDay() {
		assertThat(codes(form("2023-06-19", "", "", "2023-06-18"))).containsExactly("endDate meeting.endDate.invalid");
		assertThat(codes(form("2023-06-19", "", "", "2023-06-19"))).isEmpty();
	}

	@Test
	void asksEachParticipantsSideAndRoleAndNoSideOfAPrivatePerson() {
		assertThat(codes(form("2023-06-19", "", "", "", new ParticipantRow(1L, "", ParticipantRole.LEAD),
				new ParticipantRow(2L, "CN", null), new ParticipantRow(90L, "US", ParticipantRole.GUEST))))
			.containsExactly("participants[0].side meeting.participant.sideRequired",
					"participants[1].role meeting.participant.roleRequired",
					"participants[2].side meeting.participant.privatePerson");
	}

	@Test
	void listsAnOfficialOnceAndSaysSoAtTheSecondRow() {
		assertThat(codes(form("2023-06-19", "", "", "", new ParticipantRow(1L, "US", ParticipantRole.LEAD),
				new ParticipantRow(2L, "CN", ParticipantRole.HOST),
				new ParticipantRow(1L, "US", ParticipantRole.DELEGATION_MEMBER))))
			.containsExactly("participants[2].officialId meeting.participant.twice");
	}

	@Test
	void asksWhoseClaimASummaryIsWhenItsKindOfStatementIsGiven() {
		MeetingForm form = form("2023-06-19", "", "", "");
		MeetingForm claimed = new MeetingForm(form.title(), form.date(), form.localTime(), form.timeScheduled(),
				form.timeZone(), form.endDate(), form.spanDays(), form.expectedAfter(), form.durationMinutes(),
				form.venue(), form.city(), form.country(), form.format(), form.occasion(), form.status(), form.level(),
				form.eventCode(), "A summary.", new ClaimForm("", StatementKind.REMARKS), form.visitId(),
				form.channelId(), form.topicIds(), form.sourceIds(), form.participants(), form.version());

		assertThat(codes(claimed)).containsExactly("summaryClaim.claimedBy claim.claimedBy.required");
	}

	@Test
	void refusesAContactHeldLaterThanTodayButTakesTomorrowAsItIsAlreadyThereEastward() {
		assertThat(codes(form("2026-12-05", "", "", ""))).containsExactly("date meeting.date.heldLater");
		assertThat(codes(form("2027", "", "", ""))).as("a year still to come")
			.containsExactly("date meeting.date.heldLater");
		assertThat(codes(form("2026-12-04", "", "", ""))).isEmpty();
		assertThat(codes(form("2026-12", "", "", ""))).as("a month begun").isEmpty();
	}

	@Test
	void takesAPlannedContactOnAnyDayToCome() {
		MeetingForm held = form("2027-03-01", "", "", "");
		MeetingForm planned = new MeetingForm(held.title(), held.date(), held.localTime(), held.timeScheduled(),
				held.timeZone(), held.endDate(), held.spanDays(), held.expectedAfter(), held.durationMinutes(),
				held.venue(), held.city(), held.country(), held.format(), held.occasion(), MeetingStatus.PLANNED,
				held.level(), held.eventCode(), held.summary(), held.summaryClaim(), held.visitId(), held.channelId(),
				held.topicIds(), held.sourceIds(), held.participants(), held.version());

		assertThat(codes(planned)).isEmpty();
	}

	@Test
	void leavesRowsWithoutAnOfficialOut() {
		MeetingForm form = form("2023-06-19", "", "", "", new ParticipantRow(null, "US", ParticipantRole.LEAD),
				new ParticipantRow(2L, "CN", ParticipantRole.HOST));

		assertThat(form.filledParticipants()).extracting(ParticipantRow::officialId).containsExactly(2L);
	}

	private static MeetingForm form(String date, String localTime, String timeZone, String endDate,
			ParticipantRow... participants) {

		return new MeetingForm("Talks", date, localTime, false, timeZone, endDate, null, "", null, "", "Beijing", "CN",
				MeetingFormat.IN_PERSON, "", MeetingStatus.HELD, MeetingLevel.MINISTERS, null, "", ClaimForm.none(),
				null, null, List.of(), List.of(), List.of(participants), 0);
	}

	private static List<String> codes(MeetingForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		form.rejectInconsistencies(errors, PRIVATE_PERSONS, TODAY);
		return errors.getFieldErrors().stream().map(error -> error.getField() + " " + error.getCode()).toList();
	}

}
