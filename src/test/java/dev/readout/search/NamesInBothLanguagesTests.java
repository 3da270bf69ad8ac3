package dev.readout.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesInBothLanguagesTests {

	private final NamesInBothLanguages.Names names = new NamesInBothLanguages.Names(
			Map.of("wang yi", "王毅", "王毅", "Wang Yi", "taiwan", "台湾", "台湾", "Taiwan"));

	@Test
	void writesEachNameInTheOtherLanguage() {
		assertThat(this.names.inOtherLanguage("王毅")).isEqualTo("Wang Yi");
		assertThat(this.names.inOtherLanguage("Wang Yi fentanyl")).isEqualTo("王毅 fentanyl");
		assertThat(this.names.inOtherLanguage("wang yi -taiwan")).isEqualTo("王毅 -台湾");
		assertThat(this.names.inOtherLanguage("台湾问题")).as("Chinese has no spaces between words").isEqualTo("Taiwan问题");
	}

	@Test
	void findsALatinNameOnlyAsAWholeWord() {
		assertThat(this.names.inOtherLanguage("Taiwanese")).isEqualTo("Taiwanese");
		assertThat(this.names.inOtherLanguage("Wang Yield")).isEqualTo("Wang Yield");
	}

	@Test
	void leavesWordsThatNameNoOneAsTheyAre() {
		assertThat(new NamesInBothLanguages.Names(Map.of()).inOtherLanguage("trade")).isEqualTo("trade");
		assertThat(this.names.inOtherLanguage("trade $1 \\")).isEqualTo("trade $1 \\");
	}

	@Test
	void marksChineseWordsThePostgresParserCannotMark() {
		Snippet snippet = Snippet.of("美方在台湾问题上 \u0001Taiwan\u0002 policy", Snippet.chineseWordsIn("台湾", "Taiwan"));
		assertThat(snippet.parts()).extracting(Snippet.Part::text, Snippet.Part::highlighted)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("美方在", false),
					org.assertj.core.groups.Tuple.tuple("台湾", true), org.assertj.core.groups.Tuple.tuple("问题上 ", false),
					org.assertj.core.groups.Tuple.tuple("Taiwan", true),
					org.assertj.core.groups.Tuple.tuple(" policy", false));
		assertThat(Snippet.chineseWordsIn("王毅 台湾问题", "Wang Yi")).isEqualTo(List.of("台湾问题", "王毅"));
	}

}
