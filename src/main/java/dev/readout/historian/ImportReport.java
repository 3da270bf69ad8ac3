package dev.readout.historian;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.readout.historian.HistorianPeople.Unmatched;

/**
 * What an import did: how many trips and visits it read, how many were US–China contacts,
 * and what became of those.
 *
 * @param read every trip and visit in the files
 * @param usChina the trips to China and visits from China among them
 * @param imported added as contacts of their own
 * @param merged a Secretary's trip accompanying the President, added to the President's
 * @param proposed proposed as a contact already on record, for an analyst to confirm
 * @param unchanged on file already, as they were
 * @param changed on file already, changed since: the newer version is kept, the contact
 * stays as analysts left it
 * @param unmatched names the remarks give that match no one on record
 */
public record ImportReport(int read, int usChina, int imported, int merged, int proposed, int unchanged,
		List<Change> changed, List<UnmatchedName> unmatched) implements Serializable {

	/** The trips and visits that are not contacts between the two countries. */
	public int skipped() {
		return this.read - this.usChina;
	}

	String auditSummary() {
		return "Office of the Historian: read %d, US–China %d, imported %d, merged %d, proposed %d, unchanged %d, changed %d"
			.formatted(this.read, this.usChina, this.imported, this.merged, this.proposed, this.unchanged,
					this.changed.size());
	}

	/** A record that changed between snapshots, and how. */
	public record Change(RecordRef record, List<String> fields) implements Serializable {

		static Change between(HistorianEntry before, HistorianEntry after) {
			List<String> fields = new ArrayList<>();
			compare(fields, "person", before.person(), after.person());
			compare(fields, "start-date", before.start(), after.start());
			compare(fields, "end-date", before.end(), after.end());
			compare(fields, "country", before.countryLabel(), after.countryLabel());
			compare(fields, "locale", before.locale(), after.locale());
			compare(fields, "remarks", before.remarksInOneLine(), after.remarksInOneLine());
			compare(fields, "last-modified", before.lastModifiedAt(), after.lastModifiedAt());
			return new Change(RecordRef.of(after), fields);
		}

		private static void compare(List<String> fields, String name, Object before, Object after) {
			if (!Objects.equals(before, after)) {
				fields.add(name + ": " + before + " → " + after);
			}
		}

	}

	/**
	 * @param closeTo the name on record the name was taken to misspell, or null
	 */
	public record UnmatchedName(RecordRef record, String name, String closeTo) implements Serializable {
	}

	/**
	 * Which of the Historian's records a line of the report is about, as the page names
	 * it ("trip 4145: Antony John Blinken, 2023-06-17").
	 */
	public record RecordRef(HistorianEntry.Kind kind, int historianId, String person,
			LocalDate start) implements Serializable {

		static RecordRef of(HistorianEntry entry) {
			return new RecordRef(entry.kind(), entry.historianId(), entry.person().strip(), entry.start());
		}

	}

	/** Counts kept while an import runs. */
	static final class Tally {

		int imported;

		int merged;

		int proposed;

		private final List<UnmatchedName> unmatched = new ArrayList<>();

		void unmatched(HistorianEntry entry, Unmatched name) {
			this.unmatched.add(new UnmatchedName(RecordRef.of(entry), name.asWritten(), name.closeTo()));
		}

		ImportReport report(int read, int usChina, int unchanged, List<Change> changed) {
			return new ImportReport(read, usChina, this.imported, this.merged, this.proposed, unchanged,
					List.copyOf(changed), List.copyOf(this.unmatched));
		}

	}

}
