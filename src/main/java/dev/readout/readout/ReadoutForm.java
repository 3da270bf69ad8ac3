package dev.readout.readout;

import dev.readout.vocabulary.StatementKind;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.readout.meeting.ArticleReading;
import dev.readout.official.Official;
import dev.readout.source.NewSourceForm;
import dev.readout.vocabulary.Sides;
import dev.readout.vocabulary.Topic;
import dev.readout.source.Source;
import dev.readout.form.CalendarDate;
import dev.readout.form.NotAfterToday;
import dev.readout.form.FormText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * What an analyst can set on a readout, kept apart from the entity so that no request can
 * set anything else. Characterisations are one per line; dates are kept as typed so a
 * mistake comes back to be corrected.
 *
 * @param kind what kind of statement it is; a readout when left out
 * @param topicIds the topics the readout raises
 * @param sourceIds existing sources the readout cites
 * @param version the version the analyst started from; null for a new readout
 */
public record ReadoutForm(@NotBlank @Pattern(regexp = "[A-Z]{2}", message = "{readout.side.invalid}") String side,
		StatementKind kind, @NotBlank @Size(max = 200) String issuingBody,
		@CalendarDate @NotAfterToday String publishedOn, @NotBlank @Size(max = 500) String title,
		@Size(max = 5000) @Pattern(regexp = "(?:[^\\r\\n]{0,500}(?:\\r?\\n|$))*",
				message = "{readout.characterisations.tooLong}") String characterisations,
		@Size(max = 100_000) String body, @Size(max = 200, message = "{validation.list.tooLong}") List<Long> topicIds,
		@Size(max = 200, message = "{validation.list.tooLong}") List<Long> sourceIds,
		@JsonIgnore @Valid NewSourceForm newSource, @JsonIgnore Integer version) implements Serializable {

	public ReadoutForm {
		// A readout unless said otherwise, as in the API.
		kind = (kind != null) ? kind : StatementKind.READOUT;
		topicIds = FormText.chosen(topicIds);
		sourceIds = FormText.chosen(sourceIds);
		newSource = (newSource != null) ? newSource : NewSourceForm.blank();
	}

	static ReadoutForm blank(String side) {
		return new ReadoutForm(side, StatementKind.READOUT, "", "", "", "", "", List.of(), List.of(),
				NewSourceForm.blank(), null);
	}

	/**
	 * A statement as an article reports it: the side of the first speaker it quotes (or
	 * the side asked for), the words it quotes, each after its speaker's name, its date,
	 * and the article as a source. Kind, issuing body and title are the analyst's to say.
	 */
	static ReadoutForm from(ArticleReading reading, Source article, String side) {
		String speakersSide = reading.quotations()
			.stream()
			.map(ArticleReading.Quotation::speaker)
			.filter(Objects::nonNull)
			.map(Official::getCountry)
			.filter(Sides.PRIMARY::contains)
			.findFirst()
			.orElse(side);
		String words = reading.quotations()
			.stream()
			.map(quotation -> ((quotation.speaker() != null) ? quotation.speaker().getFullName() + ": " : "") + "“"
					+ quotation.words() + "”")
			.collect(Collectors.joining("\n\n"));
		return new ReadoutForm(speakersSide, StatementKind.READOUT, "", FormText.of(article.getPublishedOn()), "", "",
				words, List.of(), List.of(article.getId()), NewSourceForm.blank(), null);
	}

	static ReadoutForm from(Readout readout) {
		return new ReadoutForm(readout.getSide(), readout.getKind(), readout.getIssuingBody(),
				FormText.of(readout.getPublishedOn()), readout.getTitle(),
				FormText.lines(readout.getCharacterisations()), FormText.of(readout.getBody()),
				readout.getTopics().stream().map(Topic::getId).sorted().toList(),
				readout.getSources().stream().map(Source::getId).sorted().toList(), NewSourceForm.blank(),
				readout.getVersion());
	}

	/** The same input, to be saved over the version the analyst has now seen. */
	ReadoutForm startingFrom(int currentVersion) {
		return new ReadoutForm(this.side, this.kind, this.issuingBody, this.publishedOn, this.title,
				this.characterisations, this.body, this.topicIds, this.sourceIds, this.newSource, currentVersion);
	}

	/**
	 * A new source is filled in enough to save and not on record already; a side's
	 * issuing no readout is a fact, saved only with the source that reports it.
	 * @param newSourceOnRecord the source on record at the new source's address, if any
	 */
	void rejectInconsistencies(Errors errors, Optional<Source> newSourceOnRecord) {
		this.newSource.rejectInconsistencies(errors, "newSource", newSourceOnRecord);
		if (this.kind == StatementKind.NO_READOUT && this.sourceIds.isEmpty() && !this.newSource.isStarted()) {
			errors.rejectValue("sourceIds", "readout.noReadout.unsourced");
		}
	}

	void applyTo(Readout readout, Set<Source> sources, Set<Topic> topics) {
		readout.revise(this.side, this.kind, this.issuingBody.strip(), FormText.date(this.publishedOn),
				this.title.strip(), FormText.lines(this.characterisations), FormText.orNull(this.body), sources,
				topics);
	}

	/** Everything the readout says, for suggesting topics. */
	String text() {
		return String.join("\n", FormText.of(this.title), FormText.of(this.characterisations), FormText.of(this.body));
	}

}
