package dev.readout.dossier;

import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingRepository;
import dev.readout.meeting.Participant;
import dev.readout.vocabulary.Sides;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.readout.agreement.Agreement;
import dev.readout.agreement.AgreementRepository;
import dev.readout.readout.Readout;
import dev.readout.readout.ReadoutRepository;
import dev.readout.source.CitationNumbering;
import dev.readout.source.Citations;
import dev.readout.source.CitedPassages;
import dev.readout.source.SourceUse;
import dev.readout.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the meeting page: one query per kind of record, however many participants,
 * readouts or sources.
 */
@Service
@Transactional(readOnly = true)
public class MeetingPages {

	private final MeetingRepository meetings;

	private final ReadoutRepository readouts;

	private final AgreementRepository agreements;

	private final CitationNumbering citationNumbering;

	private final CitedPassages citedPassages;

	MeetingPages(MeetingRepository meetings, ReadoutRepository readouts, AgreementRepository agreements,
			CitationNumbering citationNumbering, CitedPassages citedPassages) {
		this.citedPassages = citedPassages;
		this.meetings = meetings;
		this.readouts = readouts;
		this.agreements = agreements;
		this.citationNumbering = citationNumbering;
	}

	public MeetingPage load(long id) {
		Meeting meeting = this.meetings.findDetails(id).orElseThrow(() -> new NotFoundException("Meeting", id));
		List<Participant> participants = this.meetings.findParticipants(List.of(id))
			.stream()
			.sorted(Participant.PAGE_ORDER)
			.toList();
		List<Meeting> visitMeetings = (meeting.getVisit() != null)
				? this.meetings.findByVisit(meeting.getVisit().getId()) : List.of();
		List<Readout> readoutsOfMeeting = this.readouts.findByMeeting(id);
		List<Agreement> agreementsOfMeeting = this.agreements.findByMeeting(id);
		List<Long> meetingSourceIds = this.meetings.findSourceIds(id);
		Map<Long, List<Long>> readoutSources = SourceUse.byCitingRecord(this.readouts.findSourceUses(id));
		Map<Long, List<Long>> agreementSources = SourceUse.byCitingRecord(this.agreements.findSourceUses(id));

		List<String> sides = Sides.withPrimary(
				Stream
					.concat(participants.stream().map(Participant::getSide).filter(Objects::nonNull),
							readoutsOfMeeting.stream().map(Readout::getSide))
					.toList());
		List<Readout> readoutsInColumnOrder = readoutsOfMeeting.stream()
			.sorted(Comparator.comparing(Readout::getSide, Sides.ORDER).thenComparing(Readout.READOUTS_FIRST))
			.toList();

		// Sources are numbered in the order the page shows them: the meeting, the
		// readouts, then the agreements.
		List<Long> cited = new ArrayList<>(meetingSourceIds);
		readoutsInColumnOrder.forEach(readout -> cited.addAll(readoutSources.getOrDefault(readout.getId(), List.of())));
		for (Agreement agreement : agreementsOfMeeting) {
			cited.addAll(agreementSources.getOrDefault(agreement.getId(), List.of()));
			agreement.getHistory()
				.stream()
				.map(change -> change.getSource())
				.filter(Objects::nonNull)
				.forEach(source -> cited.add(source.getId()));
		}
		Citations citations = this.citationNumbering.number(cited);

		List<MeetingPage.Side> columns = sides.stream()
			.map(side -> new MeetingPage.Side(side,
					participants.stream().filter(p -> side.equals(p.getSide())).toList(),
					readoutsInColumnOrder.stream()
						.filter(readout -> readout.getSide().equals(side))
						.map(readout -> new MeetingPage.CitedReadout(readout,
								citations.numbersOf(readoutSources.getOrDefault(readout.getId(), List.of()))))
						.toList()))
			.toList();
		List<MeetingPage.CitedAgreement> citedAgreements = agreementsOfMeeting.stream().map(agreement -> {
			List<Long> sources = agreementSources.getOrDefault(agreement.getId(), List.of());
			return new MeetingPage.CitedAgreement(agreement, sources, citations.numbersOf(sources));
		}).toList();
		return new MeetingPage(meeting, columns,
				participants.stream().filter(participant -> participant.getSide() == null).toList(), visitMeetings,
				citedAgreements, citations.numbersOf(meetingSourceIds), citations,
				this.citedPassages.ofMeeting(id)
					.stream()
					.collect(Collectors.groupingBy(CitedPassages.Passage::sourceId)));
	}

}
