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
 * Names and flags of countries by ISO 3166 alpha-2 code, for templates
 * ({@code ${@countries.name('CN')}}).
 */
@Component("countries")
public class Countries {

	private static final int REGIONAL_INDICATOR_A = 0x1F1E6;

	/**
	 * Forms show the list several times per page (every participant row), so it is built
	 * once per language.
	 */
	private final Map<Locale, List<Country>> byLocale = new ConcurrentHashMap<>();

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

	public String name(String code) {
		return new Locale("", code).getDisplayCountry(LocaleContextHolder.getLocale());
	}

	/**
	 * The flag emoji, built from the two regional indicator symbols that spell the code.
	 */
	public String flag(String code) {
		return new StringBuilder().appendCodePoint(REGIONAL_INDICATOR_A + code.charAt(0) - 'A')
			.appendCodePoint(REGIONAL_INDICATOR_A + code.charAt(1) - 'A')
			.toString();
	}

}
