package dev.readout.readout;

import dev.readout.vocabulary.StatementKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dev.readout.vocabulary.Topic;
import dev.readout.source.Source;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One government's readout of a meeting, as the JSON API gives it.
 *
 * @param side the government that issued it, as an ISO 3166 code
 * @param characterisations how it described the talks, in its order, e.g. "candid"
 * @param sourceIds the sources it is known from
 * @param version what to send as {@code If-Match} to change it (also its ETag)
 */
@Schema(name = "Readout")
public record ReadoutJson(long id, long meetingId, String side, StatementKind kind, String issuingBody,
		LocalDate publishedOn, String title, List<String> characterisations, String body, List<String> topics,
		List<Long> sourceIds, int version) {

	/** A readout loaded with its characterisations, topics and sources. */
	public static ReadoutJson of(Readout readout) {
		return new ReadoutJson(readout.getId(), readout.getMeeting().getId(), readout.getSide(), readout.getKind(),
				readout.getIssuingBody(), readout.getPublishedOn(), readout.getTitle(),
				List.copyOf(readout.getCharacterisations()), readout.getBody(),
				readout.getTopics().stream().map(Topic::getName).sorted().toList(),
				readout.getSources().stream().map(Source::getId).sorted(Comparator.naturalOrder()).toList(),
				readout.getVersion());
	}

}
