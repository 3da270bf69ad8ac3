package dev.readout.meeting;

import dev.readout.vocabulary.Topic;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.readout.channel.Channel;
import dev.readout.source.Source;
import dev.readout.form.CalendarDate;
import dev.readout.form.ClaimForm;
import dev.readout.form.DateAtPrecision;
import dev.readout.form.FormText;
import dev.readout.form.Today;
import dev.readout.vocabulary.PartialDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * What an analyst can set on a meeting. The date is written at the precision known
 * (2023-06-19, 2023-06 or 2023); participants are rows of official, side and role, and a
 * row with no official is left out.
 *
 * @param timeScheduled whether the time of day is when the meeting was scheduled
 * (announced in advance) rather than when it was reported to have taken place
 * @param expectedAfter for an expected contact known to the month or year: the day after
 * which it was expected, within that period
 * @param spanDays how many days a contact dated to the month or year ran over
 * @param durationMinutes how long the contact lasted, when reported
 * @param eventCode the CAMEO event code the analyst chose; null to derive it
 * @param sourceIds the sources that report the meeting
 * @param version the version the analyst started from; null for a new meeting
 */
public record MeetingForm(@NotBlank @Size(max = MeetingForm.LONGEST_TITLE) String title,
		@NotBlank @DateAtPrecision String date,
		@Pattern(regexp = "(([01]\\d|2[0-3]):[0-5]\\d)?", message = "{meeting.localTime.invalid}") String localTime,
		Boolean timeScheduled, @Size(max = 64) String timeZone, @CalendarDate String endDate,
		@Min(2) @Max(366) Integer spanDays, @CalendarDate String expectedAfter,
		@Positive @Max(525_600) Integer durationMinutes, @Size(max = 300) String venue, @Size(max = 200) String city,
		@Pattern(regexp = "([A-Z]{2})?", message = "{meeting.country.invalid}") String country,
		@NotNull MeetingFormat format, @Size(max = 300) String occasion, @NotNull MeetingStatus status,
		@NotNull MeetingLevel level, EventCode eventCode, @Size(max = 20_000) String summary,
		@Valid ClaimForm summaryClaim, Long visitId, Long channelId,
		@Size(max = 200, message = "{validation.list.tooLong}") List<Long> topicIds,
		@Size(max = 200, message = "{validation.list.tooLong}") List<Long> sourceIds,
		@Size(max = 200, message = "{validation.list.tooLong}") List<@Valid ParticipantRow> participants,
		@JsonIgnore Integer version) implements Serializable {

	/** The longest title a contact takes (its column's length). */
	public static final int LONGEST_TITLE = 300;

	/** Blank rows offered for adding participants, on top of those already on record. */
	static final int BLANK_PARTICIPANT_ROWS = 3;

	public MeetingForm {
		timeScheduled = Boolean.TRUE.equals(timeScheduled);
		summaryClaim = (summaryClaim != null) ? summaryClaim : ClaimForm.none();
		topicIds = FormText.chosen(topicIds);
		sourceIds = FormText.chosen(sourceIds);
		participants = FormText.chosen(participants);
	}

	/**
	 * @param officialId the participant, or null for a row left empty
	 */
	public record ParticipantRow(Long officialId,
			@Pattern(regexp = "([A-Z]{2})?", message = "{meeting.side.invalid}") String side,
			ParticipantRole role) implements Serializable {

		static ParticipantRow blank() {
			return new ParticipantRow(null, "", null);
		}

	}

	static MeetingForm blank() {
		return new MeetingForm("", "", "", false, "", "", null, "", null, "", "", "", MeetingFormat.IN_PERSON, "",
				MeetingStatus.HELD, MeetingLevel.MINISTERS, null, "", ClaimForm.none(), null, null, List.of(),
				List.of(), withBlankRows(List.of()), null);
	}

	/**
	 * A new contact as an article reports it, citing the article, for the analyst to
	 * check.
	 */
	static MeetingForm from(ArticleReading reading, long sourceId) {
		List<ParticipantRow> named = reading.officials()
			.stream()
			.map(official -> new ParticipantRow(official.getId(),
					official.isPrivatePerson() ? "" : official.getCountry(), null))
			.toList();
		MeetingForm blank = blank();
		return new MeetingForm("", FormText.of(reading.date()), "", false, "", "", null, "", null, "", "", "",
				blank.format(), "", blank.status(), blank.level(), null, "", ClaimForm.none(), null, null, List.of(),
				List.of(sourceId), withBlankRows(named), null);
	}

	static MeetingForm from(Meeting meeting) {
		return new MeetingForm(meeting.getTitle(), FormText.asWritten(meeting.getStart()),
				FormText.of(meeting.getLocalTime()), meeting.isTimeScheduled(), FormText.of(meeting.getTimeZone()),
				FormText.of(meeting.getEndDate()), meeting.getSpanDays(), FormText.of(meeting.getExpectedAfter()),
				meeting.getDurationMinutes(), FormText.of(meeting.getVenue()), FormText.of(meeting.getCity()),
				FormText.of(meeting.getCountry()), meeting.getFormat(), FormText.of(meeting.getOccasion()),
				meeting.getStatus(), meeting.getLevel(), meeting.getChosenEventCode(),
				FormText.of(meeting.getSummary()), ClaimForm.from(meeting.getSummaryClaim()),
				(meeting.getVisit() != null) ? meeting.getVisit().getId() : null,
				(meeting.getChannel() != null) ? meeting.getChannel().getId() : null,
				meeting.getTopics().stream().map(Topic::getId).sorted().toList(),
				meeting.getSources().stream().map(Source::getId).sorted().toList(),
				meeting.getParticipants()
					.stream()
					.sorted(Participant.PAGE_ORDER)
					.map(p -> new ParticipantRow(p.getOfficial().getId(), p.getSide(), p.getRole()))
					.toList(),
				meeting.getVersion());
	}

	/** The same form with room to add participants. */
	MeetingForm withBlankParticipantRows() {
		return new MeetingForm(this.title, this.date, this.localTime, this.timeScheduled, this.timeZone, this.endDate,
				this.spanDays, this.expectedAfter, this.durationMinutes, this.venue, this.city, this.country,
				this.format, this.occasion, this.status, this.level, this.eventCode, this.summary, this.summaryClaim,
				this.visitId, this.channelId, this.topicIds, this.sourceIds, withBlankRows(this.participants),
				this.version);
	}

	/** The same input, to be saved over the version the analyst has now seen. */
	MeetingForm startingFrom(int currentVersion) {
		return new MeetingForm(this.title, this.date, this.localTime, this.timeScheduled, this.timeZone, this.endDate,
				this.spanDays, this.expectedAfter, this.durationMinutes, this.venue, this.city, this.country,
				this.format, this.occasion, this.status, this.level, this.eventCode, this.summary, this.summaryClaim,
				this.visitId, this.channelId, this.topicIds, this.sourceIds, this.participants, currentVersion);
	}

	/** The same meeting with one more participant. */
	public MeetingForm withParticipant(ParticipantRow row) {
		return new MeetingForm(this.title, this.date, this.localTime, this.timeScheduled, this.timeZone, this.endDate,
				this.spanDays, this.expectedAfter, this.durationMinutes, this.venue, this.city, this.country,
				this.format, this.occasion, this.status, this.level, this.eventCode, this.summary, this.summaryClaim,
				this.visitId, this.channelId, this.topicIds, this.sourceIds,
				Stream.concat(this.participants.stream(), Stream.of(row)).toList(), this.version);
	}

	/** The same meeting citing one more source. */
	public MeetingForm citing(long sourceId) {
		List<Long> cited = Stream.concat(this.sourceIds.stream(), Stream.of(sourceId)).distinct().sorted().toList();
		return new MeetingForm(this.title, this.date, this.localTime, this.timeScheduled, this.timeZone, this.endDate,
				this.spanDays, this.expectedAfter, this.durationMinutes, this.venue, this.city, this.country,
				this.format, this.occasion, this.status, this.level, this.eventCode, this.summary, this.summaryClaim,
				this.visitId, this.channelId, this.topicIds, cited, this.participants, this.version);
	}

	/**
	 * The same contact as held from this day to that (null for one day), under this
	 * title: an expected contact's month and window give way to the days it took place.
	 */
	public MeetingForm heldOn(String title, LocalDate start, LocalDate end) {
		return new MeetingForm(title, start.toString(), "", false, "",
				(end != null && !end.equals(start)) ? end.toString() : "", null, "", this.durationMinutes, this.venue,
				this.city, this.country, this.format, this.occasion, MeetingStatus.HELD, this.level, this.eventCode,
				this.summary, this.summaryClaim, this.visitId, this.channelId, this.topicIds, this.sourceIds,
				this.participants, this.version);
	}

	/** The rows that name an official. */
	List<ParticipantRow> filledParticipants() {
		return this.participants.stream().filter(row -> row.officialId() != null).toList();
	}

	/**
	 * The rules that tie fields together, each reported next to the field to change.
	 * @param today the server's day
	 */
	void rejectInconsistencies(Errors errors, Set<Long> privatePersons, LocalDate today) {
		this.summaryClaim.rejectIfUnclaimed(errors, "summaryClaim");
		PartialDate start = FormText.partialDate(this.date);
		boolean exactDay = start != null && start.isExactDay();
		if (this.status == MeetingStatus.HELD && start != null && !Today.hasBegun(start.earliestDay(), today)) {
			errors.rejectValue("date", "meeting.date.heldLater");
		}
		if (FormText.hasText(this.localTime)) {
			if (!FormText.hasText(this.timeZone)) {
				errors.rejectValue("timeZone", "meeting.timeZone.required");
			}
			if (start != null && !exactDay) {
				errors.rejectValue("localTime", "meeting.localTime.needsDay");
			}
		}
		if (FormText.hasText(this.timeZone)) {
			if (!ZoneId.getAvailableZoneIds().contains(this.timeZone)) {
				errors.rejectValue("timeZone", "meeting.timeZone.invalid");
			}
			else if (!FormText.hasText(this.localTime)) {
				errors.rejectValue("localTime", "meeting.localTime.required");
			}
		}
		LocalDate end = FormText.date(this.endDate);
		if (end != null && start != null && (!exactDay || end.isBefore(start.date()))) {
			errors.rejectValue("endDate", "meeting.endDate.invalid");
		}
		if (this.spanDays != null && start != null && (exactDay || this.spanDays > start.daysInPeriod())
				&& !errors.hasFieldErrors("spanDays")) {
			errors.rejectValue("spanDays", "meeting.spanDays.invalid");
		}
		LocalDate after = FormText.date(this.expectedAfter);
		if (after != null && start != null && !start.leavesDaysAfter(after)) {
			errors.rejectValue("expectedAfter", "meeting.expectedAfter.invalid");
		}
		if (this.format == MeetingFormat.SIDELINES && !FormText.hasText(this.occasion)) {
			errors.rejectValue("occasion", "meeting.occasion.required");
		}
		List<ParticipantRow> rows = this.participants;
		for (int i = 0; i < rows.size(); i++) {
			ParticipantRow row = rows.get(i);
			if (row.officialId() == null) {
				continue;
			}
			boolean privatePerson = privatePersons.contains(row.officialId());
			if (!privatePerson && !FormText.hasText(row.side())) {
				errors.rejectValue("participants[" + i + "].side", "meeting.participant.sideRequired");
			}
			if (privatePerson && FormText.hasText(row.side())) {
				errors.rejectValue("participants[" + i + "].side", "meeting.participant.privatePerson");
			}
			if (row.role() == null) {
				errors.rejectValue("participants[" + i + "].role", "meeting.participant.roleRequired");
			}
			if (rows.subList(0, i)
				.stream()
				.anyMatch(earlier -> Objects.equals(earlier.officialId(), row.officialId()))) {
				errors.rejectValue("participants[" + i + "].officialId", "meeting.participant.twice");
			}
		}
	}

	void applyTo(Meeting meeting, Visit visit, Channel channel, List<Topic> topics, Set<Source> sources,
			List<Meeting.ParticipantSpec> participantSpecs) {
		meeting.describe(this.title.strip(), this.format, FormText.orNull(this.occasion), this.status, this.level,
				FormText.orNull(this.summary), this.summaryClaim.toAttribution());
		meeting.reschedule(FormText.partialDate(this.date),
				FormText.hasText(this.localTime) ? LocalTime.parse(this.localTime) : null, this.timeScheduled,
				FormText.hasText(this.timeZone) ? ZoneId.of(this.timeZone) : null, FormText.date(this.endDate),
				this.durationMinutes);
		meeting.expectAfter(FormText.date(this.expectedAfter));
		meeting.spanDays(this.spanDays);
		meeting.codeEvent(this.eventCode);
		meeting.setPlace(FormText.orNull(this.city), FormText.orNull(this.country), FormText.orNull(this.venue));
		meeting.setVisit(visit);
		meeting.setChannel(channel);
		meeting.setTopics(new HashSet<>(topics));
		meeting.setSources(sources);
		meeting.setParticipants(participantSpecs);
	}

	private static List<ParticipantRow> withBlankRows(List<ParticipantRow> rows) {
		return Stream
			.concat(rows.stream().filter(row -> row.officialId() != null),
					Stream.generate(ParticipantRow::blank).limit(BLANK_PARTICIPANT_ROWS))
			.toList();
	}

}
