package dev.readout.timeline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.readout.agreement.AgreementCount;
import dev.readout.agreement.AgreementRepository;
import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingRepository;
import dev.readout.meeting.Participant;
import dev.readout.meeting.Sides;
import dev.readout.readout.ReadoutCount;
import dev.readout.readout.ReadoutRepository;
import dev.readout.system.DatePrecision;
import dev.readout.system.PartialDate;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads timeline pages in four queries, whatever the size of the record or of the page.
 */
@Service
@Transactional(readOnly = true)
public class Timeline {

	static final int PAGE_SIZE = 50;

	private final MeetingRepository meetings;

	private final ReadoutRepository readouts;

	private final AgreementRepository agreements;

	Timeline(MeetingRepository meetings, ReadoutRepository readouts, AgreementRepository agreements) {
		this.meetings = meetings;
		this.readouts = readouts;
		this.agreements = agreements;
	}

	public TimelinePage page(TimelineOrder order, TimelineCursor after) {
		return page(order, after, PAGE_SIZE);
	}

	/** A page of the given size; exports read the whole timeline in large pages. */
	public TimelinePage page(TimelineOrder order, TimelineCursor after, int size) {
		List<Meeting> found = meetingsAfter(order, after, Limit.of(size + 1));
		boolean more = found.size() > size;
		List<Meeting> shown = more ? found.subList(0, size) : found;
		List<Long> ids = shown.stream().map(Meeting::getId).toList();
		Map<Long, List<Participant>> participants = participantsByMeeting(ids);
		Map<Long, List<ReadoutCount>> readoutCounts = ids.isEmpty() ? Map.of()
				: this.readouts.countByMeetingAndSide(ids)
					.stream()
					.collect(Collectors.groupingBy(ReadoutCount::meetingId));
		Map<Long, Long> agreementCounts = ids.isEmpty() ? Map.of()
				: this.agreements.countByMeeting(ids)
					.stream()
					.collect(Collectors.toMap(AgreementCount::meetingId, AgreementCount::count));

		List<TimelinePage.Month> months = new ArrayList<>();
		for (Meeting meeting : shown) {
			PartialDate period = periodOf(meeting.getStart());
			if (months.isEmpty() || !months.get(months.size() - 1).period().equals(period)) {
				months.add(new TimelinePage.Month(period, new ArrayList<>()));
			}
			months.get(months.size() - 1)
				.entries()
				.add(new TimelineEntry(meeting, participants.getOrDefault(meeting.getId(), List.of()),
						readoutsBySide(readoutCounts.getOrDefault(meeting.getId(), List.of())),
						agreementCounts.getOrDefault(meeting.getId(), 0L)));
		}
		TimelineCursor next = more ? TimelineCursor.after(shown.get(shown.size() - 1)) : null;
		return new TimelinePage(order, months, next, after == null);
	}

	private List<Meeting> meetingsAfter(TimelineOrder order, TimelineCursor after, Limit limit) {
		return switch (order) {
			case NEWEST -> (after == null) ? this.meetings.findNewest(limit)
					: this.meetings.findOlderThan(after.localStart(), after.id(), limit);
			case OLDEST -> (after == null) ? this.meetings.findOldest(limit)
					: this.meetings.findNewerThan(after.localStart(), after.id(), limit);
		};
	}

	private Map<Long, List<Participant>> participantsByMeeting(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.meetings.findParticipants(ids)
			.stream()
			.sorted(Participant.PAGE_ORDER)
			.collect(Collectors.groupingBy(participant -> participant.getMeeting().getId()));
	}

	/**
	 * Counts for the primary sides always (a zero is worth seeing), and for any other
	 * side that has readouts.
	 */
	private static List<TimelineEntry.ReadoutsOfSide> readoutsBySide(List<ReadoutCount> counts) {
		Map<String, Long> bySide = counts.stream().collect(Collectors.toMap(ReadoutCount::side, ReadoutCount::count));
		return Sides.withPrimary(bySide.keySet())
			.stream()
			.map(side -> new TimelineEntry.ReadoutsOfSide(side, bySide.getOrDefault(side, 0L)))
			.toList();
	}

	/**
	 * The heading a contact is listed under: its month, or its year when only the year is
	 * known.
	 */
	private static PartialDate periodOf(PartialDate date) {
		return (date.precision() == DatePrecision.YEAR) ? date : PartialDate.month(YearMonth.from(date.date()));
	}

}
