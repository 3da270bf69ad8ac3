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

	/**
	 * Copies of one address that browsers and sites write differently: the scheme's own
	 * port spelled out, parameters in another order, Chinese in a path as typed or as
	 * percent-encoded (in either case of hex digits).
	 */
	@ParameterizedTest(name = "{0} and {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					https://example.org:443/news/story                  | https://example.org/news/story
					http://example.org:80/news/story                    | http://example.org/news/story
					https://example.org/article?id=42&page=2            | https://example.org/article?page=2&id=42
					https://example.cn/news/台湾问题                     | https://example.cn/news/%E5%8F%B0%E6%B9%BE%E9%97%AE%E9%A2%98
					https://example.cn/news/%e5%8f%b0%e6%b9%be          | https://example.cn/news/%E5%8F%B0%E6%B9%BE
					https://example.cn/search?q=王毅                     | https://example.cn/search?q=%E7%8E%8B%E6%AF%85
					""")
	void findsOneArticleInTheWaysItsAddressIsWritten(String one, String other) {
		assertThat(WebAddress.key(one)).isEqualTo(WebAddress.key(other));
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
			https://example.org/News          | https://example.org/news
			https://example.cn/search?q=王毅   | https://example.cn/search?q=秦刚
			https://example.org/a?id=1&id=2   | https://example.org/a?id=1
			https://example.org:8080/news     | https://example.org/news
			""")
	void keepsWhatTellsArticlesApart(String one, String other) {
		assertThat(WebAddress.key(one)).isNotEqualTo(WebAddress.key(other));
	}

}
