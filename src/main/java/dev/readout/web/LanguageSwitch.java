package dev.readout.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link on every page to the same page in the interface's other language: the address
 * with {@code ?lang=} set, so the page in that language can be shared as it is.
 */
@ControllerAdvice
class LanguageSwitch {

	@ModelAttribute("otherLanguages")
	List<Language> otherLanguages(HttpServletRequest request, Locale current) {
		Locale shown = InterfaceLanguage.supported(current);
		return InterfaceLanguage.LANGUAGES.stream()
			.filter(language -> !language.equals(shown))
			.map(language -> new Language(language.toLanguageTag(), language.getDisplayLanguage(language),
					UriComponentsBuilder.fromPath(request.getRequestURI())
						.query(request.getQueryString())
						.replaceQueryParam(InterfaceLanguage.PARAMETER, language.toLanguageTag())
						.build(true)
						.toUriString()))
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
