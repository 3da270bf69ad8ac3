package dev.readout.historian;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.readout.audit.AuditTrail;
import dev.readout.form.ClaimForm;
import dev.readout.form.Today;
import dev.readout.historian.HistorianEntry.Kind;
import dev.readout.historian.HistorianPeople.Counterparts;
import dev.readout.historian.HistorianRecords.Key;
import dev.readout.historian.HistorianRecords.State;
import dev.readout.historian.HistorianRecords.Stored;
import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingEditor;
import dev.readout.meeting.MeetingForm;
import dev.readout.meeting.MeetingFormat;
import dev.readout.meeting.MeetingLevel;
import dev.readout.meeting.MeetingRepository;
import dev.readout.meeting.MeetingStatus;
import dev.readout.meeting.ParticipantRole;
import dev.readout.meeting.Visit;
import dev.readout.official.Official;
import dev.readout.official.OfficialEditor;
import dev.readout.official.OfficialRepository;
import dev.readout.source.NewSourceForm;
import dev.readout.source.Source;
import dev.readout.source.SourceEditor;
import dev.readout.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the Historian's US–China trips and visits into the record: each becomes a visit
 * recorded as a whole, led by its traveller, with the counterparts its remarks name and
 * the Historian's page as its source, unless it is already on record. A trip by the
 * Secretary "accompanying the President" joins the President's; a trip or visit that
 * matches a contact on record (the same person taking part, days that overlap, the same
 * country) is proposed to an analyst as that contact instead of being added twice.
 * Importing the same files again changes nothing; a newer snapshot adds what is new and
 * reports what changed.
 */
@Service
@Transactional
public class HistorianImport {

	static final String PUBLISHER = "Office of the Historian, U.S. Department of State";

	private static final String PAGES = "https://history.state.gov/departmenthistory/";

	private static final Pattern ACCOMPANYING_THE_PRESIDENT = Pattern.compile("^Accompanied President\\b");

	private static final Set<String> LEADERS_TITLES = Set.of("President", "Premier", "Prime Minister", "Chairman");

	private final HistorianRecords records;

	private final MeetingEditor meetings;

	private final MeetingRepository meetingRepository;

	private final OfficialEditor officials;

	private final OfficialRepository officialRepository;

	private final SourceEditor sources;

	private final AuditTrail auditTrail;

	private final Clock clock;

	HistorianImport(HistorianRecords records, MeetingEditor meetings, MeetingRepository meetingRepository,
			OfficialEditor officials, OfficialRepository officialRepository, SourceEditor sources,
			AuditTrail auditTrail, Clock clock) {
		this.records = records;
		this.meetings = meetings;
		this.meetingRepository = meetingRepository;
		this.officials = officials;
		this.officialRepository = officialRepository;
		this.sources = sources;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** Imports the US–China contacts among these trips and visits, all or none. */
	ImportReport importEntries(List<HistorianEntry> entries) {
		List<HistorianEntry> contacts = entries.stream().filter(HistorianEntry::isUsChinaContact).toList();
		Map<Key, Stored> onFile = this.records.all();
		List<HistorianEntry> fresh = new ArrayList<>();
		List<ImportReport.Change> changed = new ArrayList<>();
		int unchanged = 0;
		for (HistorianEntry entry : contacts) {
			Stored stored = onFile.get(Key.of(entry));
			if (stored == null) {
				fresh.add(entry);
			}
			else if (stored.entry().equals(entry)) {
				unchanged++;
			}
			else {
				changed.add(ImportReport.Change.between(stored.entry(), entry));
				this.records.update(stored.id(), entry);
			}
		}
		// The President's trips first, so that the Secretary accompanying him joins his.
		fresh.sort(Comparator.comparing((HistorianEntry entry) -> isCompanion(entry))
			.thenComparing(HistorianEntry::start)
			.thenComparing(HistorianEntry::historianId));
		Map<HistorianEntry, Source> pageOf = new HashMap<>();
		// Many records share a page: each page's source is looked up (or added) once.
		Map<String, Source> byAddress = new HashMap<>();
		fresh.forEach(entry -> pageOf.put(entry,
				byAddress.computeIfAbsent(pageAddress(entry), address -> pageSource(entry))));
		HistorianPeople people = new HistorianPeople(this.officials, this.officialRepository.findAllWithPositions());
		people.addNamedInFull(fresh, pageOf);

		Set<Long> madeFromRecords = new HashSet<>(this.records.contactsMadeFromRecords());
		Map<HistorianEntry, Long> presidentsTrips = new HashMap<>();
		onFile.values()
			.stream()
			.filter(stored -> stored.entry().isPresidentsTrip() && stored.state() == State.IMPORTED)
			.forEach(stored -> presidentsTrips.put(stored.entry(), stored.meetingId()));
		// Every traveller and visitor first, so that a record naming one by surname finds
		// them.
		Map<HistorianEntry, Official> leads = new HashMap<>();
		fresh.forEach(entry -> leads.put(entry, lead(people, entry, pageOf.get(entry))));
		ImportReport.Tally tally = new ImportReport.Tally();
		for (HistorianEntry entry : fresh) {
			Source page = pageOf.get(entry);
			Official lead = leads.get(entry);
			Counterparts counterparts = people.counterparts(entry);
			counterparts.unmatched().forEach(name -> tally.unmatched(entry, name));
			Optional<Long> president = isCompanion(entry) ? presidentsTrips.entrySet()
				.stream()
				.filter(trip -> trip.getKey().overlaps(entry))
				.map(Map.Entry::getValue)
				.filter(Objects::nonNull)
				.findFirst() : Optional.empty();
			if (president.isPresent()) {
				this.meetings.revise(president.get(), form -> joined(form, lead).citing(page.getId()));
				this.records.insert(entry, State.MERGED, president.get(), this.clock.instant());
				tally.merged++;
				continue;
			}
			Optional<Meeting> match = proposedMatch(entry, lead, madeFromRecords);
			if (match.isPresent()) {
				this.records.insert(entry, State.PROPOSED, match.get().getId(), this.clock.instant());
				tally.proposed++;
				continue;
			}
			Meeting contact = this.meetings.create(contactOf(entry, lead, counterparts, page));
			madeFromRecords.add(contact.getId());
			if (entry.isPresidentsTrip()) {
				presidentsTrips.put(entry, contact.getId());
			}
			this.records.insert(entry, State.IMPORTED, contact.getId(), this.clock.instant());
			tally.imported++;
		}
		ImportReport report = tally.report(entries.size(), contacts.size(), unchanged, changed);
		if (!fresh.isEmpty() || !changed.isEmpty()) {
			this.auditTrail.imported(report.auditSummary());
		}
		return report;
	}

	/**
	 * The contacts on record proposed as the same as an imported record, for an analyst
	 * to decide; read in a fixed number of statements however many there are.
	 */
	@Transactional(readOnly = true)
	public List<ProposedMatch> proposedMatches() {
		List<Stored> proposed = this.records.inState(State.PROPOSED);
		if (proposed.isEmpty()) {
			return List.of();
		}
		Map<Long, Meeting> contacts = this.meetingRepository
			.findWithParticipants(proposed.stream().map(Stored::meetingId).toList())
			.stream()
			.collect(Collectors.toMap(Meeting::getId, Function.identity()));
		Map<Long, List<Meeting>> visits = meetingsOfVisits(contacts.values());
		return proposed.stream().map(stored -> {
			Meeting contact = contacts.get(stored.meetingId());
			return new ProposedMatch(stored.id(), stored.entry(), contact,
					citedOnConfirmation(stored.entry(), contact, visits));
		}).toList();
	}

	/** The meetings of these contacts' visits, by visit. */
	private Map<Long, List<Meeting>> meetingsOfVisits(Collection<Meeting> contacts) {
		List<Long> visitIds = contacts.stream()
			.map(Meeting::getVisit)
			.filter(Objects::nonNull)
			.map(Visit::getId)
			.distinct()
			.toList();
		return visitIds.isEmpty() ? Map.of()
				: this.meetingRepository.findByVisits(visitIds)
					.stream()
					.collect(Collectors.groupingBy(meeting -> meeting.getVisit().getId()));
	}

	/**
	 * The analyst's confirmation that a record is the contact proposed: the Historian's
	 * page becomes a source of it (of each meeting of its visit that the record's remarks
	 * name, when it is part of a visit), and an expected contact becomes held on the days
	 * the analyst confirms or corrects.
	 * @param held for a contact not yet on record as held, the title and days it was held
	 * under and on; null to leave its status, title and dates as they are
	 */
	public void confirm(long recordId, Held held) {
		Stored stored = proposed(recordId);
		Source page = pageSource(stored.entry());
		Meeting proposed = this.meetings.findForEditing(stored.meetingId());
		for (Meeting meeting : citedOnConfirmation(stored.entry(), proposed, meetingsOfVisits(List.of(proposed)))) {
			boolean nowHeld = meeting.getId().equals(proposed.getId()) && held != null
					&& proposed.getStatus() != MeetingStatus.HELD;
			this.meetings.revise(meeting.getId(),
					form -> nowHeld ? form.citing(page.getId()).heldOn(held.title(), held.from(), held.to())
							: form.citing(page.getId()));
		}
		this.records.settle(recordId, State.MATCHED, proposed.getId());
	}

	/**
	 * An expected contact as the analyst confirms it held.
	 *
	 * @param to its last day, or null for one day
	 */
	public record Held(String title, LocalDate from, LocalDate to) {

		/**
		 * What is wrong with these days and title, as a message key; empty when the
		 * contact can take them, by the meeting form's rules.
		 */
		Optional<String> problem(LocalDate today) {
			if (this.title.length() > MeetingForm.LONGEST_TITLE) {
				return Optional.of("historian.match.heldTitle.tooLong");
			}
			if (this.to != null && this.to.isBefore(this.from)) {
				return Optional.of("historian.match.heldTo.beforeFrom");
			}
			if (!Today.hasBegun(this.from, today)) {
				return Optional.of("historian.match.heldFrom.later");
			}
			return Optional.empty();
		}

	}

	/**
	 * The analyst's answer that a record is another contact than the one proposed: it is
	 * added as its own.
	 */
	public void separate(long recordId) {
		Stored stored = proposed(recordId);
		HistorianEntry entry = stored.entry();
		Source page = pageSource(entry);
		HistorianPeople people = new HistorianPeople(this.officials, this.officialRepository.findAllWithPositions());
		Official lead = lead(people, entry, page);
		Meeting contact = this.meetings.create(contactOf(entry, lead, people.counterparts(entry), page));
		this.records.settle(recordId, State.IMPORTED, contact.getId());
	}

	private static Official lead(HistorianPeople people, HistorianEntry entry, Source page) {
		return (entry.kind() == Kind.TRIP) ? people.traveller(entry, page) : people.visitor(entry, page);
	}

	private Stored proposed(long recordId) {
		return this.records.find(recordId)
			.filter(stored -> stored.state() == State.PROPOSED)
			.orElseThrow(() -> new NotFoundException("Proposed match", recordId));
	}

	/**
	 * The meetings a confirmed record is cited on: the contact proposed, or, when it is
	 * part of a visit, the visit's meetings whose participants the record's remarks name
	 * (all of them when it names none).
	 */
	private static List<Meeting> citedOnConfirmation(HistorianEntry entry, Meeting proposed,
			Map<Long, List<Meeting>> visits) {
		if (proposed.getVisit() == null) {
			return List.of(proposed);
		}
		List<Meeting> ofVisit = visits.getOrDefault(proposed.getVisit().getId(), List.of(proposed));
		String remarks = entry.remarksInOneLine();
		List<Meeting> named = ofVisit.stream()
			.filter(meeting -> meeting.getParticipants()
				.stream()
				.anyMatch(participant -> !participant.getOfficial().getCountry().equals(leadSide(entry))
						&& remarks.contains(participant.getOfficial().getFullName())))
			.toList();
		return named.isEmpty() ? ofVisit : named;
	}

	/**
	 * A contact on record that the lead took part in, in the country of the record, on
	 * days that overlap the record's (a day either side, for travel): the earliest.
	 */
	private Optional<Meeting> proposedMatch(HistorianEntry entry, Official lead, Set<Long> madeFromRecords) {
		LocalDate from = entry.start().minusDays(1);
		LocalDate to = entry.end().plusDays(1);
		String country = (entry.kind() == Kind.TRIP) ? "CN" : "US";
		return this.meetingRepository.findWithParticipantStartingBetween(lead.getId(), from.minusYears(1), to)
			.stream()
			.filter(meeting -> !madeFromRecords.contains(meeting.getId()))
			.filter(meeting -> meeting.getCountry() == null || meeting.getCountry().equals(country))
			.filter(meeting -> !meeting.firstDay().isAfter(to) && !meeting.lastDay().isBefore(from))
			.min(Comparator.comparing(Meeting::firstDay).thenComparing(Meeting::getId));
	}

	private static boolean isCompanion(HistorianEntry entry) {
		return entry.kind() == Kind.TRIP && !entry.isPresidentsTrip()
				&& ACCOMPANYING_THE_PRESIDENT.matcher(entry.remarksInOneLine()).find();
	}

	private static MeetingForm joined(MeetingForm form, Official companion) {
		boolean already = form.participants().stream().anyMatch(row -> companion.getId().equals(row.officialId()));
		return already ? form : form.withParticipant(
				new MeetingForm.ParticipantRow(companion.getId(), "US", ParticipantRole.DELEGATION_MEMBER));
	}

	private static MeetingForm contactOf(HistorianEntry entry, Official lead, Counterparts counterparts, Source page) {
		boolean trip = entry.kind() == Kind.TRIP;
		List<MeetingForm.ParticipantRow> participants = new ArrayList<>();
		participants.add(new MeetingForm.ParticipantRow(lead.getId(), leadSide(entry), ParticipantRole.LEAD));
		counterparts.met()
			.stream()
			.filter(official -> !official.equals(lead))
			.forEach(official -> participants
				.add(new MeetingForm.ParticipantRow(official.getId(), counterparts.side(), ParticipantRole.HOST)));
		String title = trip ? travellerTitle(entry) + " " + lead.getFullName() + " in China"
				: entry.person().strip() + " in the United States";
		String end = entry.end().equals(entry.start()) ? "" : entry.end().toString();
		return new MeetingForm(title, entry.start().toString(), "", false, "", end, null, "", null, "",
				trip ? entry.locale() : "", trip ? "CN" : "US", MeetingFormat.VISIT, "", MeetingStatus.HELD,
				level(entry), null, entry.remarksInOneLine(), ClaimForm.none(), null, null, List.of(),
				List.of(page.getId()), participants, null);
	}

	private static String leadSide(HistorianEntry entry) {
		return (entry.kind() == Kind.TRIP) ? "US" : "CN";
	}

	private static String travellerTitle(HistorianEntry trip) {
		return "president".equals(trip.travellerRole()) ? "President" : "Secretary of State";
	}

	private static MeetingLevel level(HistorianEntry entry) {
		if (entry.kind() == Kind.TRIP) {
			return entry.isPresidentsTrip() ? MeetingLevel.LEADERS : MeetingLevel.MINISTERS;
		}
		return NamedPeople.in(entry.person())
			.stream()
			.findFirst()
			.filter(visitor -> LEADERS_TITLES.contains(visitor.title()))
			.map(visitor -> MeetingLevel.LEADERS)
			.orElse(MeetingLevel.MINISTERS);
	}

	/**
	 * The Historian's page a record is on: the traveller's list of trips, or the list of
	 * visits from the country. One source per page, however many records it holds.
	 */
	private Source pageSource(HistorianEntry entry) {
		String label = (entry.kind() == Kind.VISIT) ? "Visits by foreign leaders: " + entry.countryLabel().strip()
				: ("president".equals(entry.travellerRole()) ? "Travels of the President: "
						: "Travels of the Secretary of State: ") + entry.person().strip();
		return this.sources.atAddress(new NewSourceForm(PUBLISHER, label, "", pageAddress(entry), ""));
	}

	private static String pageAddress(HistorianEntry entry) {
		return (entry.kind() == Kind.TRIP) ? PAGES + "travels/" + entry.travellerRole() + "/" + entry.travellerId()
				: PAGES + "visits/" + entry.countryId();
	}

}
