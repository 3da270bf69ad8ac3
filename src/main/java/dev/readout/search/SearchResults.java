package dev.readout.search;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import dev.readout.agreement.AgreementStatus;
import dev.readout.vocabulary.PartialDate;

/**
 * What a search found, by kind, best match first; each list holds at most
 * {@link RecordSearch#LIMIT} hits.
 */
public record SearchResults(String words, List<MeetingHit> meetings, List<ReadoutHit> readouts,
		List<AgreementHit> agreements, List<SourceHit> sources, List<OfficialHit> officials) {

	/**
	 * The cache's entry, the key, the results and their five lists, as a search that
	 * found nothing holds them.
	 */
	static final int KEPT_SEARCH_BYTES = 400;

	public boolean isEmpty() {
		return this.meetings.isEmpty() && this.readouts.isEmpty() && this.agreements.isEmpty() && this.sources.isEmpty()
				&& this.officials.isEmpty();
	}

	public int limit() {
		return RecordSearch.LIMIT;
	}

	/**
	 * About the bytes the results hold, for keeping searches within a memory budget: the
	 * words and each hit as its record writes itself out (its texts and a little more),
	 * two bytes a character, and what a kept search costs however little it found.
	 */
	int weight() {
		return KEPT_SEARCH_BYTES + 2 * (this.words.length()
				+ Stream.of(this.meetings, this.readouts, this.agreements, this.sources, this.officials)
					.flatMap(List::stream)
					.mapToInt(hit -> hit.toString().length())
					.sum());
	}

	public record MeetingHit(long id, String title, PartialDate date, Snippet snippet) {
	}

	public record ReadoutHit(long id, long meetingId, String meetingTitle, String side, String title, Snippet snippet) {
	}

	public record AgreementHit(long id, long meetingId, String meetingTitle, AgreementStatus status,
			Snippet description) {
	}

	/** An article whose headline or text matches, with an excerpt of its text. */
	public record SourceHit(long id, String label, String publisher, LocalDate publishedOn, Snippet snippet) {
	}

	/**
	 * @param aliases the other names the press gives them, which a search also matches
	 */
	public record OfficialHit(long id, String fullName, String nativeName, List<String> aliases, String country) {
	}

}
