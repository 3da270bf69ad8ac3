package dev.readout.vocabulary;

import java.util.Locale;

/**
 * Which of a record's two names a reader sees first: in the Chinese interface the name in
 * Chinese (or the person's own script) where one is on record, since it is the one a
 * Chinese reader knows them by; otherwise the name in Latin letters.
 */
public final class NativeNames {

	private NativeNames() {
	}

	public static boolean comeFirstIn(Locale locale, String nativeName) {
		return nativeName != null && "zh".equals(locale.getLanguage());
	}

	/** The name a reader of the interface's language knows the record by. */
	public static String nameIn(Locale locale, String name, String nativeName) {
		return comeFirstIn(locale, nativeName) ? nativeName : name;
	}

}
