package dev.readout.search;

import java.util.List;

import dev.readout.search.Snippet.Part;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Excerpts as PostgreSQL marks them, turned into plain parts the page escapes and
 * highlights itself.
 */
class SnippetTests {

	private static String marked(String word) {
		return Snippet.START + word + Snippet.STOP;
	}

	@Test
	void splitsAnExcerptIntoPlainAndMarkedParts() {
		Snippet snippet = Snippet.of("Both sides discussed " + marked("fentanyl") + " and " + marked("trade") + ".");

		assertThat(snippet.parts()).containsExactly(new Part("Both sides discussed ", false),
				new Part("fentanyl", true), new Part(" and ", false), new Part("trade", true), new Part(".", false));
	}

	@Test
	void keepsMarkupInTheTextAsTextForThePageToEscape() {
		Snippet snippet = Snippet.of("<script>alert(1)</script> " + marked("<b>") + " & more");

		assertThat(snippet.parts()).containsExactly(new Part("<script>alert(1)</script> ", false),
				new Part("<b>", true), new Part(" & more", false));
	}

	@Test
	void marksToTheEndAMatchWhoseStopWasCutOff() {
		assertThat(Snippet.of("cut at " + Snippet.START + "fentan").parts()).containsExactly(new Part("cut at ", false),
				new Part("fentan", true));
	}

	@Test
	void hasNoPartsWithoutAText() {
		assertThat(Snippet.of(null).parts()).isEmpty();
		assertThat(Snippet.of("").parts()).isEmpty();
	}

	@Test
	void marksChineseWordsInsideARunOfCharactersThatPostgresReadsAsOneWord() {
		Snippet snippet = Snippet.of("王毅会见布林肯，双方讨论了芬太尼问题。", List.of("布林肯", "芬太尼"));

		assertThat(snippet.parts()).containsExactly(new Part("王毅会见", false), new Part("布林肯", true),
				new Part("，双方讨论了", false), new Part("芬太尼", true), new Part("问题。", false));
	}

	@Test
	void leavesPartsAlreadyMarkedAsTheyAre() {
		Snippet snippet = Snippet.of(marked("布林肯会见王毅") + "之后", List.of("王毅"));

		assertThat(snippet.parts()).containsExactly(new Part("布林肯会见王毅", true), new Part("之后", false));
	}

	@Test
	void findsTheChineseWordsTypedLongestFirstAndOnce() {
		assertThat(Snippet.chineseWordsIn("Blinken 王毅", "中美关系 王毅")).containsExactly("中美关系", "王毅");
		assertThat(Snippet.chineseWordsIn("fentanyl trade")).isEmpty();
	}

}
