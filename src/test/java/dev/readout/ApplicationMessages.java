package dev.readout;

import org.springframework.context.MessageSource;
import dev.readout.web.InterfaceMessages;

/**
 * The application's messages in both languages, as the application reads them, for unit
 * tests of what formats text without an application context.
 */
public final class ApplicationMessages {

	private ApplicationMessages() {
	}

	public static MessageSource load() {
		return new InterfaceMessages();
	}

}
