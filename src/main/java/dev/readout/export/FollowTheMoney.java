package dev.readout.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.readout.form.FormText;
import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingRepository;
import dev.readout.meeting.MeetingSource;
import dev.readout.meeting.Participant;
import dev.readout.official.Official;
import dev.readout.official.OfficialRepository;
import dev.readout.official.Position;
import dev.readout.source.Source;
import dev.readout.source.SourceRepository;
import dev.readout.vocabulary.Countries;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record as FollowTheMoney entities, the model of OCCRP Aleph and OpenSanctions, one
 * JSON object per line: officials as {@code Person}, contacts as {@code Event} with the
 * people involved, sources as {@code Document}s that the events cite as their proof.
 * Dates keep their precision (FollowTheMoney dates may stop at the month or year).
 */
@Component
class FollowTheMoney {

	private final OfficialRepository officials;

	private final MeetingRepository meetings;

	private final SourceRepository sources;

	private final Countries countries;

	private final JsonMapper json;

	FollowTheMoney(OfficialRepository officials, MeetingRepository meetings, SourceRepository sources,
			Countries countries, JsonMapper json) {
		this.officials = officials;
		this.meetings = meetings;
		this.sources = sources;
		this.countries = countries;
		this.json = json;
	}

	/**
	 * One FollowTheMoney entity: its id, schema and properties, each a list of values.
	 */
	record Entity(String id, String schema, Map<String, List<String>> properties) {
	}

	@Transactional(readOnly = true)
	void write(OutputStream out) throws IOException {
		for (Source source : this.sources.findAll()) {
			line(out, document(source));
		}
		for (Official official : this.officials.findAllWithPositions()) {
			line(out, person(official));
		}
		List<Meeting> all = this.meetings.findAllByDate();
		Map<Long, List<Participant>> participants = this.meetings
			.findParticipants(all.stream().map(Meeting::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(participant -> participant.getMeeting().getId()));
		Map<Long, List<Long>> cited = this.meetings.findAllCitations()
			.stream()
			.collect(Collectors.groupingBy(MeetingSource::meetingId,
					Collectors.mapping(MeetingSource::sourceId, Collectors.toList())));
		for (Meeting meeting : all) {
			line(out, event(meeting, participants.getOrDefault(meeting.getId(), List.of()),
					cited.getOrDefault(meeting.getId(), List.of())));
		}
	}

	private Entity document(Source source) {
		Properties properties = new Properties();
		properties.put("name", source.getLabel());
		properties.put("title", source.getLabel());
		// FollowTheMoney requires a document's file name; a source on record is known by
		// its label.
		properties.put("fileName", source.getLabel());
		properties.put("publisher", source.getPublisher());
		properties.put("sourceUrl", source.getUrl());
		properties.put("publishedAt", Objects.toString(source.getPublishedOn(), null));
		return new Entity(id("source", source.getId()), "Document", properties.values);
	}

	private Entity person(Official official) {
		Properties properties = new Properties();
		properties.put("name", official.getFullName());
		properties.put("alias", official.getNativeName());
		if (!official.isPrivatePerson()) {
			properties.put("nationality", country(official.getCountry()));
		}
		official.positionsOverTime()
			.stream()
			.map(Position::getTitle)
			.distinct()
			.forEach(title -> properties.put("position", title));
		properties.put("wikidataId", official.getWikidataId());
		return new Entity(id("official", official.getId()), "Person", properties.values);
	}

	private Entity event(Meeting meeting, List<Participant> participants, List<Long> cited) {
		Properties properties = new Properties();
		properties.put("name", meeting.getTitle());
		properties.put("startDate", FormText.asWritten(meeting.getStart()));
		properties.put("endDate", Objects.toString(meeting.getEndDate(), null));
		properties.put("summary", meeting.getSummary());
		String place = Stream
			.of(meeting.getVenue(), meeting.getCity(),
					(meeting.getCountry() != null) ? this.countries.name(meeting.getCountry()) : null)
			.filter(Objects::nonNull)
			.collect(Collectors.joining(", "));
		properties.put("location", place.isEmpty() ? null : place);
		properties.put("country", country(meeting.getCountry()));
		participants.stream()
			.sorted(Participant.PAGE_ORDER)
			.forEach(participant -> properties.put("involved", id("official", participant.getOfficial().getId())));
		cited.forEach(sourceId -> properties.put("proof", id("source", sourceId)));
		properties.put("notes",
				"CAMEO " + meeting.getEventCode().code() + "; " + meeting.getStatus().name().toLowerCase(Locale.ROOT));
		return new Entity(id("meeting", meeting.getId()), "Event", properties.values);
	}

	private void line(OutputStream out, Entity entity) throws IOException {
		out.write(this.json.writeValueAsBytes(entity));
		out.write('\n');
	}

	private static String id(String kind, long id) {
		return "readout-" + kind + "-" + id;
	}

	/** FollowTheMoney writes countries as lower-case ISO codes. */
	private static String country(String code) {
		return (code != null) ? code.toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * Properties in order, an absent or blank value left out, as FollowTheMoney expects.
	 */
	private static final class Properties {

		private final Map<String, List<String>> values = new LinkedHashMap<>();

		void put(String property, String value) {
			if (value != null && !value.isBlank()) {
				this.values.computeIfAbsent(property, name -> new ArrayList<>()).add(value.strip());
			}
		}

	}

}
