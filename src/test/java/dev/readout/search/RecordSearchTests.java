package dev.readout.search;

import java.util.List;

import dev.readout.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The search below the page, on words no seeded record holds: the words read as a web
 * search reads them, English by its stems and Chinese by its pairs of characters, titles
 * ranked above summaries, deleted meetings and what hangs on them left out, and at most
 * twenty hits of a kind.
 */
@PageTest
@Transactional
class RecordSearchTests {

	@Autowired
	RecordSearch search;

	@Autowired
	JdbcClient jdbc;

	@Test
	void readsPhrasesExclusionsAndAlternativesAsAWebSearchDoes() {
		long migration = meeting("Fisheries talks", "Both sides discussed narwhal migration in the Arctic.");
		long quota = meeting("Fisheries call", "The narwhal quota dispute stayed open.");
		long walrus = meeting("Arctic call", "A walrus census was proposed.");

		assertThat(meetingsFound("narwhal")).containsExactlyInAnyOrder(migration, quota);
		assertThat(meetingsFound("narwhal -quota")).containsExactly(migration);
		assertThat(meetingsFound("\"narwhal migration\"")).containsExactly(migration);
		assertThat(meetingsFound("\"migration narwhal\"")).isEmpty();
		assertThat(meetingsFound("narwhal quota")).containsExactly(quota);
		assertThat(meetingsFound("quota or walrus")).containsExactlyInAnyOrder(quota, walrus);
	}

	@Test
	void findsAnEnglishWordByItsStem() {
		long migration = meeting("Fisheries talks", "Both sides discussed narwhal migration in the Arctic.");

		assertThat(meetingsFound("migrations")).containsExactly(migration);
		assertThat(meetingsFound("narwhals migrating")).containsExactly(migration);
	}

	@Test
	void findsChineseWordsByTheirPairsOfCharacters() {
		long talks = meeting("独角鲸会谈", "双方讨论了独角鲸的迁徙。");

		assertThat(meetingsFound("独角鲸")).containsExactly(talks);
		assertThat(meetingsFound("迁徙")).containsExactly(talks);
		assertThat(meetingsFound("鲸迁")).as("two characters that are not side by side in the text").isEmpty();
	}

	/**
	 * One character typed alone, as a Chinese reader searches a surname: it finds the
	 * words that begin with it (王 finds 王毅), and still combines with the other words
	 * typed.
	 */
	@Test
	void findsWordsBeginningWithAChineseCharacterTypedAlone() {
		long talks = meeting("独角鲸会谈", "双方讨论了独角鲸的迁徙。");
		long call = meeting("Narwhal call", "独角鲸 quota dispute.");

		assertThat(meetingsFound("独")).containsExactlyInAnyOrder(talks, call);
		assertThat(meetingsFound("独 quota")).containsExactly(call);
		assertThat(meetingsFound("独 -quota")).containsExactly(talks);
		assertThat(meetingsFound("迁")).containsExactly(talks);
	}

	@Test
	void ranksAMeetingNamedByTheWordAboveOneThatOnlyMentionsIt() {
		long mentions = meeting("Fisheries talks", "A narwhal was mentioned once.");
		long named = meeting("Narwhal talks", "Quotas and ships.");

		assertThat(meetingsFound("narwhal")).containsExactly(named, mentions);
	}

	@Test
	void leavesADeletedMeetingItsReadoutsAndItsAgreementsOutOfTheResults() {
		long talks = meeting("Narwhal talks", "Narwhal quotas.");
		readout(talks, "Narwhal readout", "The sides spoke of narwhal quotas.");
		agreement(talks, "Count narwhals together.");
		SearchResults before = this.search.search("narwhal");
		assertThat(before.meetings()).hasSize(1);
		assertThat(before.readouts()).hasSize(1);
		assertThat(before.agreements()).hasSize(1);

		this.jdbc.sql("update meeting set deleted_at = now() where id = ?").param(talks).update();

		assertThat(this.search.search("narwhal").isEmpty()).isTrue();
	}

	@Test
	void leavesADeletedReadoutOutButKeepsItsMeeting() {
		long talks = meeting("Narwhal talks", "Narwhal quotas.");
		long readout = readout(talks, "Narwhal readout", "The sides spoke of narwhal quotas.");

		this.jdbc.sql("update readout set deleted_at = now() where id = ?").param(readout).update();

		SearchResults found = this.search.search("narwhal");
		assertThat(found.readouts()).isEmpty();
		assertThat(found.meetings()).extracting(SearchResults.MeetingHit::id).containsExactly(talks);
	}

	@Test
	void findsAReadoutByTheWordsAnAnalystCharacterisedItWith() {
		long talks = meeting("Fisheries talks", "Quotas.");
		long readout = readout(talks, "Readout of the fisheries talks", "The sides met.");
		this.jdbc.sql("insert into readout_characterisation (readout_id, position, phrase) values (?, 0, 'icy')")
			.param(readout)
			.update();

		assertThat(this.search.search("icy").readouts()).singleElement().satisfies(hit -> {
			assertThat(hit.id()).isEqualTo(readout);
			assertThat(hit.meetingTitle()).isEqualTo("Fisheries talks");
		});
	}

	@Test
	void findsASourceByItsHeadlineOrByItsTextOnceEach() {
		long byHeadline = source("Narwhal envoys meet");
		long byText = source("Envoys meet in Reykjavik");
		this.jdbc.sql("insert into source_text (source_id, text) values (?, 'Talk turned to the narwhal.')")
			.param(byText)
			.update();

		List<SearchResults.SourceHit> found = this.search.search("narwhal").sources();

		assertThat(found).extracting(SearchResults.SourceHit::id).containsExactlyInAnyOrder(byHeadline, byText);
		assertThat(found).filteredOn(hit -> hit.id() == byText)
			.singleElement()
			.satisfies(hit -> assertThat(hit.snippet().toString()).contains("narwhal"));
	}

	@Test
	void givesAtMostTwentyHitsOfAKind() {
		for (int talks = 0; talks < RecordSearch.LIMIT + 5; talks++) {
			meeting("Narwhal talks " + talks, "Narwhal quotas.");
		}

		assertThat(this.search.search("narwhal").meetings()).hasSize(RecordSearch.LIMIT);
	}

	@Test
	void findsNothingAndFailsOnNothingForWordsThatAreAllPunctuation() {
		meeting("Narwhal talks", "Narwhal quotas.");

		for (String words : new String[] { "\"", "-", "!!! & | (", "or", "''", "narwhal & | !" }) {
			assertThatNoException().as(words).isThrownBy(() -> this.search.search(words));
		}
		assertThat(this.search.search("!!! & | (").isEmpty()).isTrue();
	}

	private List<Long> meetingsFound(String words) {
		return this.search.search(words).meetings().stream().map(SearchResults.MeetingHit::id).toList();
	}

	private long meeting(String title, String summary) {
		return this.jdbc.sql("""
				insert into meeting (title, summary, start_date, start_precision, format, status, level)
				values (?, ?, '2024-03-01', 'DAY', 'IN_PERSON', 'HELD', 'WORKING_LEVEL') returning id""")
			.params(title, summary)
			.query(Long.class)
			.single();
	}

	private long readout(long meeting, String title, String body) {
		return this.jdbc.sql("""
				insert into readout (meeting_id, side, issuing_body, title, body)
				values (?, 'US', 'Department of State', ?, ?) returning id""")
			.params(meeting, title, body)
			.query(Long.class)
			.single();
	}

	private void agreement(long meeting, String description) {
		this.jdbc.sql("insert into agreement (meeting_id, description, status) values (?, ?, 'AGREED')")
			.params(meeting, description)
			.update();
	}

	private long source(String label) {
		return this.jdbc.sql("insert into source (label, published_on) values (?, '2024-03-02') returning id")
			.param(label)
			.query(Long.class)
			.single();
	}

}
