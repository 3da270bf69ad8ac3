package dev.readout.official;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Objects;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.readout.source.Source;
import dev.readout.form.DateAtPrecision;
import dev.readout.form.FormText;
import dev.readout.vocabulary.PartialDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * An official and the positions they held. Dates are written at the precision known, or
 * left empty when unknown; a position row without a title is left out.
 *
 * @param privatePerson a private citizen, who takes part for no government
 * @param wikidataId the official's Wikidata item, such as Q22686; empty when not known
 * @param version the version the analyst started from; null for a new official
 */
public record OfficialForm(@NotBlank @Size(max = 200) String fullName, @Size(max = 100) String nativeName,
		@Size(max = 1000) String aliases,
		@NotBlank @Pattern(regexp = "[A-Z]{2}", message = "{meeting.country.invalid}") String country,
		Boolean privatePerson,
		@Pattern(regexp = "(Q[1-9][0-9]{0,18})?", message = "{official.wikidataId.invalid}") String wikidataId,
		@Size(max = 200, message = "{validation.list.tooLong}") List<@Valid PositionRow> positions,
		@JsonIgnore Integer version) implements Serializable {

	static final int BLANK_POSITION_ROWS = 2;

	public OfficialForm {
		privatePerson = Boolean.TRUE.equals(privatePerson);
		positions = FormText.chosen(positions);
	}

	/**
	 * @param sourceId the source of the title and the start, or null
	 * @param endSourceId the source of the end, or null
	 */
	public record PositionRow(@Size(max = 300) String title, @Size(max = 300) String organisation,
			@DateAtPrecision String start, @DateAtPrecision String end, Long sourceId,
			Long endSourceId) implements Serializable {

		static PositionRow blank() {
			return new PositionRow("", "", "", "", null, null);
		}

		/** A position that a record gives with its title only. */
		public static PositionRow titled(String title, Long sourceId) {
			return new PositionRow(title, "", "", "", sourceId, null);
		}

	}

	static OfficialForm blank() {
		return new OfficialForm("", "", "", "", false, "", withBlankRows(List.of()), null);
	}

	static OfficialForm from(Official official) {
		return new OfficialForm(official.getFullName(), FormText.of(official.getNativeName()),
				FormText.lines(official.getAliases()), official.getCountry(), official.isPrivatePerson(),
				FormText.of(official.getWikidataId()),
				official.positionsOverTime()
					.stream()
					.map(position -> new PositionRow(position.getTitle(), FormText.of(position.getOrganisation()),
							written(position.getStart()), written(position.getEnd()), position.sourceId(),
							position.endSourceId()))
					.toList(),
				official.getVersion());
	}

	/** An official not on record yet, with the positions a record gives them. */
	public static OfficialForm of(String fullName, String country, PositionRow... positions) {
		return new OfficialForm(fullName, "", "", country, false, "", List.of(positions), null);
	}

	/** The same official with one more position. */
	public OfficialForm withPosition(PositionRow position) {
		return new OfficialForm(this.fullName, this.nativeName, this.aliases, this.country, this.privatePerson,
				this.wikidataId, Stream.concat(this.positions.stream(), Stream.of(position)).toList(), this.version);
	}

	OfficialForm withBlankPositionRows() {
		return new OfficialForm(this.fullName, this.nativeName, this.aliases, this.country, this.privatePerson,
				this.wikidataId, withBlankRows(this.positions), this.version);
	}

	OfficialForm startingFrom(int currentVersion) {
		return new OfficialForm(this.fullName, this.nativeName, this.aliases, this.country, this.privatePerson,
				this.wikidataId, this.positions, currentVersion);
	}

	void rejectInconsistencies(Errors errors) {
		for (int i = 0; i < this.positions.size(); i++) {
			PositionRow row = this.positions.get(i);
			boolean anythingElse = FormText.hasText(row.organisation()) || FormText.hasText(row.start())
					|| FormText.hasText(row.end());
			if (!FormText.hasText(row.title()) && anythingElse) {
				errors.rejectValue("positions[" + i + "].title", "official.position.titleRequired");
			}
			PartialDate start = FormText.partialDate(row.start());
			PartialDate end = FormText.partialDate(row.end());
			if (start != null && end != null && end.latestDay().isBefore(start.earliestDay())) {
				errors.rejectValue("positions[" + i + "].end", "official.position.endBeforeStart");
			}
			if (row.endSourceId() != null && end == null) {
				errors.rejectValue("positions[" + i + "].endSourceId", "official.position.endSourceWithoutEnd");
			}
		}
	}

	/** The source ids the positions cite. */
	Set<Long> citedSourceIds() {
		return this.positions.stream()
			.flatMap(row -> Stream.of(row.sourceId(), row.endSourceId()))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
	}

	/**
	 * @param sources the sources the positions cite, by id
	 */
	void applyTo(Official official, Map<Long, Source> sources) {
		official.rename(this.fullName.strip(), FormText.orNull(this.nativeName), this.country,
				Boolean.TRUE.equals(this.privatePerson));
		official.knownAlsoAs(FormText.orNull(FormText.lines(FormText.lines(this.aliases))));
		official.identify(FormText.orNull(this.wikidataId));
		official.replacePositions(this.positions.stream()
			.filter(row -> FormText.hasText(row.title()))
			.map(row -> new Official.PositionSpec(row.title().strip(), FormText.orNull(row.organisation()),
					FormText.partialDate(row.start()), FormText.partialDate(row.end()),
					(row.sourceId() != null) ? sources.get(row.sourceId()) : null,
					(row.endSourceId() != null) ? sources.get(row.endSourceId()) : null))
			.toList());
	}

	private static String written(PartialDate date) {
		return (date != null) ? FormText.asWritten(date) : "";
	}

	private static List<PositionRow> withBlankRows(List<PositionRow> rows) {
		return Stream
			.concat(rows.stream().filter(row -> FormText.hasText(row.title())),
					Stream.generate(PositionRow::blank).limit(BLANK_POSITION_ROWS))
			.toList();
	}

}
