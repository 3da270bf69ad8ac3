package dev.readout.readout;

import java.util.List;

import dev.readout.PageTest;
import dev.readout.SeededRecord;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison below its page, at the edges of its rules: the words of the two
 * governments' characterisations compared whatever other sides said, words counted
 * without case, punctuation or linking words, a Chinese phrase as written, and deleted
 * statements left out.
 */
@PageTest
@Transactional
class ReadoutComparisonRulesTests {

	@Autowired
	ReadoutComparison comparison;

	@Autowired
	SeededRecord seeded;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entities;

	@Test
	void comparesTheTwoGovernmentsWordsWhateverAThirdSideSaid() {
		long talks = this.seeded.qinGangTalks();
		List<String> common = this.comparison.compare(talks).characterisations().common();
		assertThat(common).contains("constructive");

		statement(talks, "RU", List.of());
		Comparison withThirdSide = this.comparison.compare(talks);

		assertThat(withThirdSide.characterisations().common()).isEqualTo(common);
		assertThat(withThirdSide.sides()).extracting(Comparison.SideReadouts::side).containsExactly("US", "CN", "RU");
		assertThat(withThirdSide.characterisations().own()).extracting(Comparison.SideWords::side)
			.containsExactly("US", "CN", "RU");
	}

	@Test
	void countsWordsWithoutCasePunctuationOrLinkingWords() {
		long meeting = meeting();
		statement(meeting, "US", List.of("Candid and Constructive", "frank; in-depth"));
		statement(meeting, "CN", List.of("constructive, in-depth", "of the utmost importance"));

		Comparison.Wording wording = this.comparison.compare(meeting).characterisations();

		assertThat(wording.common()).containsExactly("constructive", "in-depth");
		assertThat(wording.own()).extracting(Comparison.SideWords::words)
			.containsExactly(List.of("candid", "frank"), List.of("utmost", "importance"));
	}

	@Test
	void keepsAChinesePhraseAsWritten() {
		long meeting = meeting();
		statement(meeting, "US", List.of("constructive"));
		statement(meeting, "CN", List.of("建设性", "坦诚"));

		Comparison.Wording wording = this.comparison.compare(meeting).characterisations();

		assertThat(wording.common()).isEmpty();
		assertThat(wording.own().get(1).words()).containsExactly("建设性", "坦诚");
	}

	@Test
	void leavesADeletedStatementOutOfTheComparison() {
		long meeting = meeting();
		statement(meeting, "US", List.of("constructive"));
		long deleted = statement(meeting, "CN", List.of("constructive"));
		this.jdbc.sql("update readout set deleted_at = now() where id = ?").param(deleted).update();

		Comparison compared = this.comparison.compare(meeting);

		assertThat(compared.sidesWithoutStatements()).containsExactly("CN");
		assertThat(compared.characterisations().common()).isEmpty();
	}

	private long meeting() {
		return this.jdbc.sql("""
				insert into meeting (title, start_date, start_precision, format, status, level)
				values ('Compared talks', '2024-04-01', 'DAY', 'IN_PERSON', 'HELD', 'MINISTERS') returning id""")
			.query(Long.class)
			.single();
	}

	private long statement(long meeting, String side, List<String> characterisations) {
		long id = this.jdbc.sql("""
				insert into readout (meeting_id, side, issuing_body, title) values (?, ?, 'Ministry', 'Statement')
				returning id""").params(meeting, side).query(Long.class).single();
		for (int position = 0; position < characterisations.size(); position++) {
			this.jdbc.sql("insert into readout_characterisation (readout_id, position, phrase) values (?, ?, ?)")
				.params(id, position, characterisations.get(position))
				.update();
		}
		this.entities.clear();
		return id;
	}

}
