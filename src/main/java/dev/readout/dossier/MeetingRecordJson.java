package dev.readout.dossier;

import java.time.LocalDate;
import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingJson;
import dev.readout.vocabulary.Topic;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.readout.agreement.AgreementJson;
import dev.readout.readout.ReadoutJson;
import dev.readout.source.SourceJson;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A meeting with everything on record about it: its topics, each side's readouts, the
 * commitments made and the sources cited.
 *
 * @param sources every source cited for the meeting, its readouts or its agreements,
 * copies of one article listed with their original
 */
@Schema(name = "MeetingRecord")
record MeetingRecordJson(@JsonUnwrapped MeetingJson meeting, List<String> topics, List<ReadoutJson> readouts,
		List<AgreementJson> agreements, List<SourceJson> sources) {

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
				page.agreements().stream().map(cited -> AgreementJson.of(cited.agreement())).toList(),
				page.citations()
					.list()
					.stream()
					.flatMap(citation -> Stream.concat(Stream.of(citation.source()), citation.copies().stream()))
					.map(SourceJson::of)
					.toList());
	}

}
