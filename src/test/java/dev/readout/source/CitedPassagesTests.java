package dev.readout.source;

import java.util.List;
import java.util.Optional;

import dev.readout.PageTest;
import dev.readout.SeededRecord;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Passages cited from an article's text, below the source page: found whatever the
 * spacing, as a passage copied from a web page is (its non-breaking and ideographic
 * spaces pasted as plain ones), refused when the record does not cite the source or the
 * text does not hold it, flagged once edited out of the text, and marked in the text
 * where they overlap.
 */
@PageTest
@Transactional
@WithMockUser(username = "analyst2", roles = "ANALYST")
class CitedPassagesTests {

	@Autowired
	CitedPassages passages;

	@Autowired
	SourceEditor sources;

	@Autowired
	SeededRecord seeded;

	@Autowired
	EntityManager entities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findsAPassageWhateverTheSpacingAndLineBreaks() {
		long article = articleCitedByTheXiMeeting("The two sides agreed\nto keep   channels open.\n\nTalks ended.");

		assertThat(problem(article, "agreed to keep channels open.")).isEmpty();
		assertThat(problem(article, "  The two sides agreed to keep channels  ")).isEmpty();
	}

	/** Web pages separate words with non-breaking spaces; copying gives plain ones. */
	@Test
	void findsAPassageCopiedFromAPageThatSpacedItWithNonBreakingSpaces() {
		long article = articleCitedByTheXiMeeting("Secretary\u00a0Blinken met President\u00a0Xi in Beijing.");

		assertThat(problem(article, "Secretary Blinken met President Xi")).isEmpty();
		this.passages.cite(article, "MEETING", this.seeded.xiMeeting(), "Secretary Blinken met President Xi");
		assertThat(this.passages.ofSource(article)).singleElement()
			.satisfies(passage -> assertThat(passage.stillInText()).isTrue());
	}

	@Test
	void findsAChinesePassageAcrossAnIdeographicSpace() {
		long article = articleCitedByTheXiMeeting("双方同意\u3000保持沟通。");

		assertThat(problem(article, "双方同意 保持沟通")).isEmpty();
	}

	@Test
	void refusesAPassageTheTextDoesNotHoldOrASourceTheRecordDoesNotCite() {
		long article = articleCitedByTheXiMeeting("The two sides agreed to keep channels open.");

		assertThat(problem(article, "agreed to close channels")).hasValue("source.passage.notInText");
		assertThat(problem(article, "   ")).hasValue("source.passage.blank");
		assertThat(problem(article, "x".repeat(2001))).hasValue("source.passage.tooLong");
		assertThat(this.passages.problemWith(article, "MEETING", this.seeded.wangYiMeeting(), "agreed"))
			.hasValue("source.passage.notCiting");
		assertThat(this.passages.problemWith(article, "OFFICIAL", 1, "agreed")).hasValue("source.passage.notCiting");
	}

	@Test
	void flagsAPassageOnceTheTextNoLongerHoldsItAndListsItWithItsMeeting() {
		long article = articleCitedByTheXiMeeting("First point. The two sides agreed to keep channels open.");
		this.passages.cite(article, "MEETING", this.seeded.xiMeeting(), "agreed to keep channels open");
		this.passages.cite(article, "MEETING", this.seeded.xiMeeting(), "First point.");
		assertThat(this.passages.ofSource(article)).extracting(CitedPassages.Passage::passage)
			.as("in the order of the text")
			.containsExactly("First point.", "agreed to keep channels open");

		SourceForm form = this.sources.withText(this.sources.find(article));
		this.sources.revise(article, new SourceForm(form.publisher(), form.label(), form.publishedOn(), form.url(),
				form.copyOfId(), form.copyKind(), "First point. The sides disagreed.", form.version()));
		this.entities.flush();

		assertThat(this.passages.ofMeeting(this.seeded.xiMeeting()))
			.filteredOn(passage -> passage.sourceId() == article)
			.extracting(CitedPassages.Passage::passage, CitedPassages.Passage::stillInText)
			.containsExactly(tuple("First point.", true), tuple("agreed to keep channels open", false));
	}

	@Test
	void marksOverlappingPassagesAsOneStretchOfTheText() {
		String text = "One. Two three four. Five.";
		List<CitedPassages.TextSegment> segments = CitedPassages.marked(text,
				List.of(passage("three four. Five"), passage("Two three"), passage("not in it")));

		assertThat(segments).containsExactly(new CitedPassages.TextSegment("One. ", false),
				new CitedPassages.TextSegment("Two three four. Five", true), new CitedPassages.TextSegment(".", false));
		assertThat(String.join("", segments.stream().map(CitedPassages.TextSegment::text).toList())).isEqualTo(text);
	}

	@Test
	void marksNothingInATextNoPassageIsCitedFrom() {
		assertThat(CitedPassages.marked("Nothing cited.", List.of()))
			.containsExactly(new CitedPassages.TextSegment("Nothing cited.", false));
		assertThat(CitedPassages.marked("", List.of(passage("x")))).isEmpty();
	}

	private Optional<String> problem(long article, String passage) {
		return this.passages.problemWith(article, "MEETING", this.seeded.xiMeeting(), passage);
	}

	private static CitedPassages.Passage passage(String text) {
		return new CitedPassages.Passage(0, 0, "MEETING", 0, text, true);
	}

	/** A new article with this text, which the Xi meeting cites. */
	private long articleCitedByTheXiMeeting(String text) {
		Source article = this.sources.create(new SourceForm("Wire", "Talks in Beijing", "2023-06-19",
				"https://example.org/talks-" + text.hashCode(), null, null, text, null));
		this.entities.flush();
		this.jdbc.sql("insert into meeting_source (meeting_id, source_id) values (?, ?)")
			.params(this.seeded.xiMeeting(), article.getId())
			.update();
		return article.getId();
	}

}
