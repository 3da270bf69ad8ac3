package dev.readout.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.readout.RepositoryTest;
import dev.readout.SeededRecord;
import dev.readout.audit.ReadableHistory.Change;
import dev.readout.audit.ReadableHistory.Words;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history as an analyst reads it: the words a change removed and added marked, and ids
 * shown as the names of what they point to.
 */
@RepositoryTest
class ReadableHistoryTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SeededRecord seeded;

	private static AuditEntry update(Map<String, Object> before, Map<String, Object> after) {
		return new AuditEntry(1, Instant.parse("2023-06-19T08:00:00Z"), "analyst7", AuditAction.UPDATE, "MEETING", 1L,
				before, after, null, null);
	}

	@Test
	void marksTheWordsAChangeRemovedAndAdded() {
		Change change = Change.of("summary", "Both sides agreed to keep talking", "Both sides agreed to resume talks");

		assertThat(change.before()).containsExactly(new Words("Both sides agreed to ", false),
				new Words("keep talking", true));
		assertThat(change.after()).containsExactly(new Words("Both sides agreed to ", false),
				new Words("resume talks", true));
	}

	@Test
	void marksNothingInAFieldThatWasEmptyBeforeAndAllOfWhatWasAdded() {
		Change change = Change.of("city", "", "Beijing");

		assertThat(change.before()).isEmpty();
		assertThat(change.after()).containsExactly(new Words("Beijing", true));
	}

	@Test
	void aSpaceBetweenTwoChangedWordsBelongsToTheChange() {
		Change change = Change.of("title", "Blinken meets Qin", "Blinken meets Wang Yi");

		assertThat(change.after()).containsExactly(new Words("Blinken meets ", false), new Words("Wang Yi", true));
	}

	@Test
	void namesWhatIdsPointToAndListsOnlyTheFieldsThatChanged() {
		long taiwan = this.seeded.topic("Taiwan");
		long fentanyl = this.seeded.topic("Fentanyl");
		long blinken = this.seeded.official("Antony J. Blinken");
		AuditEntry entry = update(
				Map.of("title", "Talks", "topicIds", List.of(taiwan), "participants",
						List.of(Map.of("officialId", blinken, "role", "HOST"))),
				Map.of("title", "Talks", "topicIds", List.of(taiwan, fentanyl), "participants",
						List.of(Map.of("officialId", blinken, "role", "LEAD"))));

		List<ReadableHistory.Entry> history = new ReadableHistory(this.jdbc).of(List.of(entry));

		assertThat(history).hasSize(1);
		List<Change> changes = history.get(0).changes();
		assertThat(changes).extracting(Change::field).containsExactlyInAnyOrder("topicIds", "participants");
		Change topics = changes.stream().filter(change -> change.field().equals("topicIds")).findFirst().orElseThrow();
		assertThat(topics.before()).containsExactly(new Words("Taiwan", false));
		assertThat(topics.after()).as("the topic already there is not marked")
			.containsExactly(new Words("Taiwan", false), new Words(", Fentanyl", true));
		Change participants = changes.stream()
			.filter(change -> change.field().equals("participants"))
			.findFirst()
			.orElseThrow();
		assertThat(text(participants.after())).contains("Antony J. Blinken").contains("LEAD");
	}

	@Test
	void showsTheIdOfARecordThatIsGone() {
		AuditEntry entry = update(Map.of("sourceId", 999_999_999L), Map.of());

		Change change = new ReadableHistory(this.jdbc).of(List.of(entry)).get(0).changes().get(0);

		assertThat(text(change.before())).isEqualTo("#999999999");
	}

	/** A name added to a list marks the name and its comma, not the names around it. */
	@Test
	void marksANameAddedInTheMiddleOfAListAlone() {
		Change change = Change.of("topicIds", "Taiwan, Trade", "Taiwan, Fentanyl, Trade");

		assertThat(change.before()).extracting(Words::changed).containsOnly(false);
		assertThat(change.after()).filteredOn(Words::changed)
			.extracting(Words::text)
			.singleElement()
			.satisfies(marked -> assertThat(marked).contains("Fentanyl").doesNotContain("Taiwan", "Trade"));
		assertThat(text(change.after())).isEqualTo("Taiwan, Fentanyl, Trade");
	}

	@Test
	void marksAllOfWhatWasRemovedAndNothingOfAFieldLeftEmpty() {
		Change change = Change.of("venue", "Diaoyutai State Guesthouse", "");

		assertThat(change.before()).containsExactly(new Words("Diaoyutai State Guesthouse", true));
		assertThat(change.after()).isEmpty();
	}

	/** Chinese is compared as written: a changed phrase is marked whole. */
	@Test
	void marksAChangedPhraseInChinese() {
		Change change = Change.of("title", "王毅会见布林肯", "王毅会见 布林肯国务卿");

		assertThat(text(change.before())).isEqualTo("王毅会见布林肯");
		assertThat(text(change.after())).isEqualTo("王毅会见 布林肯国务卿");
		assertThat(change.after()).filteredOn(Words::changed).isNotEmpty();
	}

	/** Rows such as participants read one per line, each with its own values. */
	@Test
	void readsRowsOnePerLine() {
		long blinken = this.seeded.official("Antony J. Blinken");
		long wangYi = this.seeded.official("Wang Yi");
		AuditEntry entry = update(Map.of(), Map.of("participants",
				List.of(Map.of("officialId", blinken, "side", "US"), Map.of("officialId", wangYi, "side", "CN"))));

		Change participants = new ReadableHistory(this.jdbc).of(List.of(entry)).get(0).changes().get(0);

		assertThat(text(participants.after()).split("\n")).hasSize(2)
			.anySatisfy(line -> assertThat(line).contains("Antony J. Blinken", "US"))
			.anySatisfy(line -> assertThat(line).contains("Wang Yi", "CN"));
	}

	private static String text(List<Words> words) {
		return String.join("", words.stream().map(Words::text).toList());
	}

}
