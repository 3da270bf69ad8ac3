package dev.readout.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.readout.agreement.AgreementJson;
import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingJson;
import dev.readout.readout.ReadoutJson;
import dev.readout.source.CitedPassages;
import dev.readout.source.SourceJson;
import dev.readout.vocabulary.Topic;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A meeting with everything on record about it: its topics, each side's readouts, the
 * commitments made and the sources cited.
 *
 * @param sources every source cited for the meeting, its readouts or its agreements,
 * copies of one article listed with their original
 * @param passages the passages of the sources' texts that those citations rest on
 */
@Schema(name = "MeetingRecord")
record MeetingRecordJson(@JsonUnwrapped MeetingJson meeting, List<String> topics, List<ReadoutJson> readouts,
		List<AgreementJson> agreements, List<SourceJson> sources, List<PassageJson> passages) {

	static MeetingRecordJson of(MeetingPage page, LocalDate today) {
		Meeting meeting = page.meeting();
		return new MeetingRecordJson(
				MeetingJson
					.of(meeting, page.sides().stream().flatMap(side -> side.participants().stream()).toList(), today),
				meeting.topicsByName().stream().map(Topic::getName).toList(),
				page.sides()
					.stream()
					.flatMap(side -> side.readouts().stream())
					.map(cited -> ReadoutJson.of(cited.readout()))
					.toList(),
				page.agreements()
					.stream()
					.map(cited -> AgreementJson.of(cited.agreement(), cited.sourceIds()))
					.toList(),
				page.citations()
					.list()
					.stream()
					.flatMap(citation -> Stream.concat(Stream.of(citation.source()), citation.copies().stream()))
					.map(SourceJson::of)
					.toList(),
				new TreeMap<>(page.passages()).values().stream().flatMap(List::stream).map(PassageJson::of).toList());
	}

	/**
	 * A passage a citation rests on.
	 *
	 * @param citedBy what cites it: {@code MEETING}, {@code STATEMENT} or
	 * {@code AGREEMENT}
	 * @param stillInText false once the source's text no longer holds it
	 */
	@Schema(name = "CitedPassage")
	record PassageJson(long sourceId, String citedBy, long citedById, String passage, boolean stillInText) {

		static PassageJson of(CitedPassages.Passage passage) {
			return new PassageJson(passage.sourceId(), passage.citedBy(), passage.citedById(), passage.passage(),
					passage.stillInText());
		}

	}

}
