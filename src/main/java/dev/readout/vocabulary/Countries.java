package dev.readout.vocabulary;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names of countries by ISO 3166 alpha-2 code, for templates
 * ({@code ${@countries.name('CN')}}).
 */
@Component("countries")
public class Countries {

	/**
	 * Forms show the list several times per page (every participant row), so it is built
	 * once per language.
	 */
	private final Map<Locale, List<Country>> byLocale = new ConcurrentHashMap<>();

	/**
	 * Names by code, per language: a timeline page asks for a country's name for every
	 * participant, and the JDK looks each up in its locale data afresh.
	 */
	private final Map<Locale, Map<String, String>> names = new ConcurrentHashMap<>();

	/** Every country by its name in the reader's language, for pickers. */
	public List<Country> all() {
		return this.byLocale.computeIfAbsent(LocaleContextHolder.getLocale(),
				locale -> Arrays.stream(Locale.getISOCountries())
					.map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
					.sorted(Comparator.comparing(Country::name))
					.toList());
	}

	public record Country(String code, String name) {
	}

	/** A country's name in the reader's language. */
	public String name(String code) {
		return name(code, LocaleContextHolder.getLocale());
	}

	public String name(String code, Locale language) {
		return this.names.computeIfAbsent(language, locale -> new ConcurrentHashMap<>())
			.computeIfAbsent(code, country -> new Locale("", country).getDisplayCountry(language));
	}

}
