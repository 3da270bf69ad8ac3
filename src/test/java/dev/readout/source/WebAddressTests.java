package dev.readout.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WebAddressTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			https://example.org/news/story                                | example.org/news/story
			HTTP://WWW.Example.ORG/news/story/                            | example.org/news/story
			https://example.org/news/story#comments                       | example.org/news/story
			https://example.org/news/story?utm_source=x&utm_medium=social | example.org/news/story
			https://example.org/news/story?fbclid=abc&gclid=def           | example.org/news/story
			https://example.org/article?id=42&utm_campaign=june           | example.org/article?id=42
			https://example.org:8443/a/b/                                 | example.org:8443/a/b
			""")
	void reducesAnAddressToWhatNamesTheArticle(String address, String key) {
		assertThat(WebAddress.key(address)).isEqualTo(key);
	}

	@Test
	void comparesWhatIsNoAddressAsWritten() {
		assertThat(WebAddress.key(" %_\\ ")).isEqualTo("%_\\");
	}

	@ParameterizedTest(name = "{0} and {1}")
	@CsvSource(delimiter = '|', textBlock = """
			https://example.org/article?id=42 | https://example.org/article?id=43
			https://example.org/news/a        | https://example.org/news/b
			https://example.org/news          | https://example.com/news
			""")
	void keepsWhatTellsArticlesApart(String one, String other) {
		assertThat(WebAddress.key(one)).isNotEqualTo(WebAddress.key(other));
	}

}
