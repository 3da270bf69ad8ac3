package dev.readout.source;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A source just added through the API, with the copies and editions of it that Readout
 * finds among the texts on record, for the analyst to confirm.
 */
@Schema(name = "NewSource")
record NewSourceJson(SourceJson source, List<Candidate> candidates) {

	/**
	 * @param percent the share of the shorter text's own sentences found in the other
	 */
	@Schema(name = "CopyCandidate")
	record Candidate(long sourceId, String label, int percent, int sentences, List<String> sharedQuotes) {

		static Candidate of(CopyCandidates.Candidate candidate) {
			return new Candidate(candidate.source().getId(), candidate.source().getLabel(), candidate.percent(),
					candidate.sentences(), candidate.sharedQuotes());
		}

	}

}
