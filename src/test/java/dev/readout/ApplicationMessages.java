package dev.readout;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's messages in both languages, as the application reads them, for unit
 * tests of what formats text without an application context.
 */
public final class ApplicationMessages {

	private ApplicationMessages() {
	}

	public static MessageSource load() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
