package dev.readout.timeline;

import java.time.YearMonth;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.readout.agreement.AgreementCount;
import dev.readout.agreement.AgreementRepository;
import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingRepository;
import dev.readout.search.NamesInBothLanguages;
import dev.readout.meeting.Participant;
import dev.readout.vocabulary.Sides;
import dev.readout.readout.ReadoutCount;
import dev.readout.readout.ReadoutRepository;
import dev.readout.vocabulary.DatePrecision;
import dev.readout.vocabulary.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads timeline pages in five queries, whatever the size of the record, of the page or
 * the filters.
 */
@Service
@Transactional(readOnly = true)
public class Timeline {

	static final int PAGE_SIZE = 50;

	private final MeetingRepository meetings;

	private final ReadoutRepository readouts;

	private final AgreementRepository agreements;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final NamesInBothLanguages names;

	Timeline(MeetingRepository meetings, ReadoutRepository readouts, AgreementRepository agreements, JdbcClient jdbc,
			NamesInBothLanguages names, Clock clock) {
		this.meetings = meetings;
		this.names = names;
		this.clock = clock;
		this.jdbc = jdbc;
		this.readouts = readouts;
		this.agreements = agreements;
	}

	public TimelinePage page(TimelineFilter filter, TimelineOrder order, TimelineCursor after) {
		return page(filter, order, after, PAGE_SIZE);
	}

	/** A page of the given size; exports read the whole timeline in large pages. */
	public TimelinePage page(TimelineFilter filter, TimelineOrder order, TimelineCursor after, int size) {
		List<Long> found = meetingIds(new MatchingMeetings(filter, this.names), order, after, size + 1);
		boolean more = found.size() > size;
		List<Long> ids = more ? found.subList(0, size) : found;
		List<Meeting> shown = inOrder(ids, this.meetings.findAllById(ids));
		Map<Long, List<Participant>> participants = participantsByMeeting(ids);
		Map<Long, List<ReadoutCount>> readoutCounts = ids.isEmpty() ? Map.of()
				: this.readouts.countByMeetingAndSide(ids)
					.stream()
					.collect(Collectors.groupingBy(ReadoutCount::meetingId));
		Map<Long, Long> agreementCounts = ids.isEmpty() ? Map.of()
				: this.agreements.countByMeeting(ids)
					.stream()
					.collect(Collectors.toMap(AgreementCount::meetingId, AgreementCount::count));

		LocalDate today = LocalDate.now(this.clock);
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
						agreementCounts.getOrDefault(meeting.getId(), 0L), meeting.isOverdueOn(today)));
		}
		TimelineCursor next = more ? TimelineCursor.after(shown.get(shown.size() - 1)) : null;
		return new TimelinePage(filter, order, months, next, after == null);
	}

	/**
	 * The ids of the next meetings in timeline order, read by keyset (after the last row
	 * shown), which stays fast however deep the page.
	 */
	private List<Long> meetingIds(MatchingMeetings matching, TimelineOrder order, TimelineCursor after, int limit) {
		Map<String, Object> parameters = matching.parameters();
		String condition = matching.condition();
		if (after != null) {
			condition += (order == TimelineOrder.NEWEST) ? " and (m.local_start, m.id) < (:afterStart, :afterId)"
					: " and (m.local_start, m.id) > (:afterStart, :afterId)";
			parameters.put("afterStart", after.localStart());
			parameters.put("afterId", after.id());
		}
		String direction = (order == TimelineOrder.NEWEST) ? "desc" : "asc";
		parameters.put("limit", limit);
		return this.jdbc
			.sql("select m.id from meeting_on_record m where " + condition + " order by m.local_start " + direction
					+ ", m.id " + direction + " limit :limit")
			.params(parameters)
			.query(Long.class)
			.list();
	}

	/**
	 * The meetings in the order of their ids; one deleted between the two queries (they
	 * run at read committed) is left out.
	 */
	private static List<Meeting> inOrder(List<Long> ids, List<Meeting> meetings) {
		Map<Long, Meeting> byId = meetings.stream().collect(Collectors.toMap(Meeting::getId, meeting -> meeting));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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
