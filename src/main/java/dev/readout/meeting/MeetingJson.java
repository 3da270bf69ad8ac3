package dev.readout.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import dev.readout.vocabulary.Attribution;
import dev.readout.web.IsoDate;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A meeting as the JSON API gives it, in lists and on its own.
 *
 * @param expectedAfter for a contact expected within a window: the day after which it was
 * expected, within the period of its date
 * @param spanDays for a contact dated to the month or year: how many days it ran over
 * @param localTime the time it began where it was held, when known
 * @param timeScheduled whether the local time is when it was scheduled (announced in
 * advance) rather than when it was reported to have begun
 * @param timeZone the IANA zone of the local time, e.g. Asia/Shanghai
 * @param startsAt the same instant in UTC
 * @param country where it was held, as an ISO 3166 code; absent for calls
 * @param cameoCode the contact's CAMEO event code, such as 042 (make a visit): an
 * analyst's choice, or derived from its format, status and place
 * @param cameoActor for a directed event (a visit), the side that acts, such as US
 * @param summaryClaim whose claim the summary is, when its source attributes it
 */
@Schema(name = "Meeting")
public record MeetingJson(long id, String title, IsoDate date, LocalDate expectedAfter, LocalDate endDate,
		Integer spanDays, LocalTime localTime, boolean timeScheduled, String timeZone, Instant startsAt,
		Integer durationMinutes, String venue, String city, String country, MeetingFormat format, String occasion,
		MeetingStatus status, boolean overdue, MeetingLevel level, String cameoCode, String cameoActor, Long visitId,
		Long channelId, String summary, Attribution summaryClaim, List<ParticipantJson> participants, int version) {

	/**
	 * @param participants the meeting's participants, in page order, loaded with their
	 * positions
	 * @param today the day it is, which tells whether a planned contact is overdue
	 */
	public static MeetingJson of(Meeting meeting, List<Participant> participants, LocalDate today) {
		return new MeetingJson(meeting.getId(), meeting.getTitle(), IsoDate.of(meeting.getStart()),
				meeting.getExpectedAfter(), meeting.getEndDate(), meeting.getSpanDays(), meeting.getLocalTime(),
				meeting.isTimeScheduled(), meeting.getTimeZone(),
				meeting.startsAtUtc().map(start -> start.toInstant()).orElse(null), meeting.getDurationMinutes(),
				meeting.getVenue(), meeting.getCity(), meeting.getCountry(), meeting.getFormat(), meeting.getOccasion(),
				meeting.getStatus(), meeting.isOverdueOn(today), meeting.getLevel(), meeting.getEventCode().code(),
				meeting.getEventActor(), (meeting.getVisit() != null) ? meeting.getVisit().getId() : null,
				(meeting.getChannel() != null) ? meeting.getChannel().getId() : null, meeting.getSummary(),
				Attribution.statedOrNull(meeting.getSummaryClaim()),
				participants.stream().map(ParticipantJson::of).toList(), meeting.getVersion());
	}

}
