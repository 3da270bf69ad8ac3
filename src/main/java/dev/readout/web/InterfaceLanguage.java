package dev.readout.web;

import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of the interface: English or Simplified Chinese, as the browser asks
 * ({@code Accept-Language}) until the reader picks one with {@code ?lang=}, which an
 * address keeps for sharing and a cookie keeps for the rest of the browser session. A
 * cookie rather than a server session, so that choosing a language signs no one in and
 * anonymous pages stay shareable.
 */
@Configuration(proxyBeanMethods = false)
public class InterfaceLanguage implements WebMvcConfigurer {

	public static final Locale ENGLISH = Locale.UK;

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	/** The languages the interface is written in, in the order the switch lists them. */
	public static final List<Locale> LANGUAGES = List.of(ENGLISH, CHINESE);

	/** The address parameter that chooses a language. */
	public static final String PARAMETER = "lang";

	/** In place of Spring Boot's message source, which formats under a shared lock. */
	@Bean
	MessageSource messageSource() {
		return new InterfaceMessages();
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("readout-language") {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return supported(super.resolveLocale(request));
			}

			@Override
			public LocaleContext resolveLocaleContext(HttpServletRequest request) {
				LocaleContext chosen = super.resolveLocaleContext(request);
				// Read when asked, not now: a ?lang= later in the request changes it.
				return new TimeZoneAwareLocaleContext() {

					@Override
					public Locale getLocale() {
						return supported(chosen.getLocale());
					}

					@Override
					public TimeZone getTimeZone() {
						return (chosen instanceof TimeZoneAwareLocaleContext zoned) ? zoned.getTimeZone() : null;
					}

				};
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, (locale != null) ? supported(locale) : null);
			}

		};
		resolver.setDefaultLocaleFunction(InterfaceLanguage::askedFor);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	/**
	 * The browser's most preferred language that Readout is written in: any Chinese reads
	 * the Chinese interface, anything else the English one.
	 */
	static Locale askedFor(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (!StringUtils.hasText(header)) {
			return ENGLISH;
		}
		try {
			return Locale.LanguageRange.parse(header)
				.stream()
				.map(range -> range.getRange().split("-")[0])
				.filter(language -> language.equals("zh") || language.equals("en"))
				.findFirst()
				.map(language -> language.equals("zh") ? CHINESE : ENGLISH)
				.orElse(ENGLISH);
		}
		catch (IllegalArgumentException ex) {
			// A header no browser sends: the interface's first language serves.
			return ENGLISH;
		}
	}

	/**
	 * One of the interface's languages for whatever a reader chose or a cookie says, so
	 * that dates and messages are never written in a third language.
	 */
	static Locale supported(Locale chosen) {
		return (chosen != null && "zh".equals(chosen.getLanguage())) ? CHINESE : ENGLISH;
	}

}
