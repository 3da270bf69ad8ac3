package dev.readout.vocabulary;

import java.util.Locale;

import dev.readout.RepositoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded topics as the readout form and the comparison use them: which words in a
 * text suggest a topic, in English and in Chinese, and the name a reader sees.
 */
@RepositoryTest
class TopicTests {

	@Autowired
	TopicRepository topics;

	@Test
	void isNamedByOneOfItsWordsInAnyCaseOrByTheStartOfOne() {
		assertThat(topic("Taiwan").isNamedIn("Ships crossed the TAIWAN Strait.")).isTrue();
		assertThat(topic("Semiconductors and export controls").isNamedIn("Rules on advanced technology.")).isTrue();
		assertThat(topic("Semiconductors and export controls").isNamedIn("New chips, new rules.")).isTrue();
		assertThat(topic("Fentanyl").isNamedIn("Cooperation on counternarcotics.")).isFalse();
	}

	@Test
	void isNotNamedByOneOfItsWordsInsideAnotherWord() {
		// A Latin term counts only at the start of a word: "chip" is inside
		// "archipelago".
		assertThat(topic("Semiconductors and export controls").isNamedIn("Patrols near the archipelago.")).isFalse();
		assertThat(topic("Russia's war in Ukraine").isNamedIn("Prussian history was discussed.")).isFalse();
		assertThat(topic("Semiconductors and export controls").isNamedIn("An archipelago; then chips.")).isTrue();
	}

	@Test
	void isNamedInChineseWithoutSpacesBetweenWords() {
		assertThat(topic("Taiwan").isNamedIn("双方就台湾问题交换了意见。")).isTrue();
		assertThat(topic("Fentanyl").isNamedIn("中方介绍了芬太尼类物质管控情况")).isTrue();
		assertThat(topic("Climate change").isNamedIn("双方讨论了经贸问题")).isFalse();
	}

	/**
	 * Words as news writes them around a term: a possessive, a hyphen, a quotation mark,
	 * a term of two words, and Chinese next to Latin letters.
	 */
	@Test
	void isNamedByItsWordsAsNewsWritesThemAroundThem() {
		assertThat(topic("Taiwan").isNamedIn("Taiwan's status came up.")).isTrue();
		assertThat(topic("Taiwan").isNamedIn("Cross-strait tension rose.")).as("after a hyphen").isTrue();
		assertThat(topic("Taiwan").isNamedIn("He called it \"Taiwan\", not a province.")).isTrue();
		assertThat(topic("Semiconductors and export controls").isNamedIn("New Export Controls took effect.")).isTrue();
		assertThat(topic("Semiconductors and export controls").isNamedIn("An export of grain.")).isFalse();
		assertThat(topic("Taiwan").isNamedIn("US对台湾政策")).isTrue();
		assertThat(topic("Fentanyl").isNamedIn("Anti-fentanyl cooperation.")).isTrue();
		assertThat(topic("Fentanyl").isNamedIn("")).isFalse();
	}

	/**
	 * A term that starts with a letter counts only at the start of a word even when the
	 * letter before it is accented: "élan" is one word.
	 */
	@Test
	void readsAccentedLettersAsLettersOfTheSameWord() {
		assertThat(topic("Climate change").isNamedIn("Une réclimatisation des relations.")).isFalse();
		assertThat(topic("Climate change").isNamedIn("Climate finance was discussed.")).isTrue();
	}

	@Test
	void takesItsWordsFromTheListWithoutBlanksOrCase() {
		assertThat(topic("Taiwan").terms()).containsExactly("taiwan", "taipei", "strait", "台湾", "台海");
	}

	@Test
	void givesItsNameInTheReadersLanguageWhereItHasOne() {
		Topic taiwan = topic("Taiwan");
		assertThat(taiwan.nameIn(Locale.UK)).isEqualTo("Taiwan");
		assertThat(taiwan.nameIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo(taiwan.getNativeName()).isNotBlank();
	}

	private Topic topic(String name) {
		return this.topics.findAllByOrderByName()
			.stream()
			.filter(topic -> topic.getName().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
