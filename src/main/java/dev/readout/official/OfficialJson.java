package dev.readout.official;

import java.util.List;

import dev.readout.web.IsoDate;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An official and the positions they have held, as the JSON API gives them.
 *
 * @param nativeName the name in the official's own script, e.g. 王毅
 * @param aliases other names the press gives them, e.g. Tony Blinken
 * @param wikidataId the official's Wikidata item, e.g. Q22686
 */
@Schema(name = "Official")
public record OfficialJson(long id, String name, String nativeName, List<String> aliases, String country,
		String wikidataId, List<Tenure> positions, int version) {

	/** An official loaded with their positions. */
	static OfficialJson of(Official official) {
		return new OfficialJson(official.getId(), official.getFullName(), official.getNativeName(),
				official.getAliases(), official.getCountry(), official.getWikidataId(),
				official.positionsOverTime()
					.stream()
					.map(position -> new Tenure(position.getTitle(), position.getOrganisation(),
							IsoDate.of(position.getStart()), IsoDate.of(position.getEnd()), position.sourceId(),
							position.endSourceId()))
					.toList(),
				official.getVersion());
	}

	/**
	 * A position held from one date to another; either may be unknown, and the end is
	 * absent while it is held.
	 *
	 * @param sourceId the source of the title and the start, if one is cited
	 * @param endSourceId the source of the end, if one is cited
	 */
	@Schema(name = "Position")
	public record Tenure(String title, String organisation, IsoDate start, IsoDate end, Long sourceId,
			Long endSourceId) {
	}

}
