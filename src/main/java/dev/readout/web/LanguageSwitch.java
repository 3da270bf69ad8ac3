package dev.readout.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The link on every page to the same page in the interface's other language: the address
 * with {@code ?lang=} set, so the page in that language can be shared as it is.
 */
@ControllerAdvice
class LanguageSwitch {

	@ModelAttribute("otherLanguages")
	List<Language> otherLanguages(Locale current) {
		Locale shown = InterfaceLanguage.supported(current);
		return InterfaceLanguage.LANGUAGES.stream()
			.filter(language -> !language.equals(shown))
			.map(language -> new Language(language.toLanguageTag(), language.getDisplayLanguage(language),
					ThisRequest.with(InterfaceLanguage.PARAMETER, language.toLanguageTag())))
			.toList();
	}

	/**
	 * A language to switch to, named in itself.
	 *
	 * @param tag its language tag, for {@code lang} and {@code hreflang}
	 * @param name its name in its own language ("中文", "English")
	 * @param address this page in that language
	 */
	record Language(String tag, String name, String address) {
	}

}
