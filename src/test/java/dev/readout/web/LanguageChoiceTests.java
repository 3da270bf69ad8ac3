package dev.readout.web;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of the interface's two languages a browser gets, from what it asks for: any
 * Chinese reads the Chinese interface, by the weights the browser gives, and whatever
 * else (another language, a header no browser sends) reads the English one.
 */
class LanguageChoiceTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			none                            | en
			''                              | en
			zh-CN                           | zh
			zh-TW                           | zh
			zh-Hant-HK                      | zh
			zh                              | zh
			en-US,en;q=0.9                  | en
			fr-FR,fr;q=0.9                  | en
			fr-FR,zh;q=0.5                  | zh
			en;q=0.1,zh-CN;q=0.9            | zh
			zh;q=0.2,en;q=0.8               | en
			de,ja,zh-SG                     | zh
			*                               | en
			'zh-CN;q=abc'                   | en
			';;;,,,'                        | en
			""")
	void choosesTheInterfaceLanguageFromWhatTheBrowserAsksFor(String header, String language) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		if (header != null) {
			request.addHeader("Accept-Language", header);
		}

		assertThat(InterfaceLanguage.askedFor(request).getLanguage()).isEqualTo(language);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			zh-CN      | zh-CN
			zh-TW      | zh-CN
			zh         | zh-CN
			en-US      | en-GB
			fr-FR      | en-GB
			""")
	void writesEveryChoiceInOneOfTheInterfacesLanguages(String chosen, String written) {
		assertThat(InterfaceLanguage.supported(Locale.forLanguageTag(chosen)).toLanguageTag()).isEqualTo(written);
		assertThat(InterfaceLanguage.supported(null)).as("no choice yet").isEqualTo(InterfaceLanguage.ENGLISH);
	}

}
