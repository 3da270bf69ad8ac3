package dev.readout.web;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The interface's words ({@code messages.properties} and its translations), formatted
 * without requests waiting for one another. Spring keeps one {@link MessageFormat} per
 * message and language and formats under its lock, so every page that fills in a
 * message's arguments queued behind the others: under load on the cold timeline (about a
 * hundred such messages a page), request threads waited 35 s in 30 s for those locks
 * ({@code bench/results/2026-12-03-0040-timeline-parts.md}). Each request formats a copy
 * of the kept format instead, which costs less than parsing the message again and shares
 * nothing.
 */
public final class InterfaceMessages extends ResourceBundleMessageSource {

	public InterfaceMessages() {
		setBasename("messages");
		setDefaultEncoding("UTF-8");
		// A message missing in Chinese is shown in English, not in the server's language.
		setFallbackToSystemLocale(false);
	}

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		MessageFormat kept = super.resolveCode(code, locale);
		return (kept != null) ? (MessageFormat) kept.clone() : null;
	}

}
