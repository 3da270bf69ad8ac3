package dev.readout.historian;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a Historian record names with a title: "Met with President Xi Jinping and
 * Foreign Minister Qin Gang", or a visitor such as "Premier Zhao Ziyang". Only a title of
 * the list below introduces a name, and only at the start of an item of the list of
 * people met ("with", a comma or "and" before it), so "Russian Prime Minister Putin" or
 * "the Hong Kong Executive" name no one.
 */
final class NamedPeople {

	/**
	 * Titles as the records write them, longest first so that "Vice Premier" is not read
	 * as "Premier".
	 */
	private static final List<String> TITLES = List.of("National People’s Congress Chairman", "State Councilor",
			"State Counselor", "Foreign Minister", "Prime Minister", "Vice Premier", "Vice President",
			"Defense Minister", "Premier", "President", "Chairman");

	private static final String NAME_WORD = "\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?";

	private static final Pattern TITLED_NAME = Pattern
		.compile("(?:^|\\bwith |, |\\band )(?:the )?(" + String.join("|", TITLES.stream().map(Pattern::quote).toList())
				+ ") (" + NAME_WORD + "(?: " + NAME_WORD + "){0,2})(?=[,.;]| and\\b| in\\b|$)");

	private NamedPeople() {
	}

	/**
	 * A person as named: a full name ("Xi Jinping") or a surname alone ("President Hu"),
	 * which only matches someone already on record with that title at the time.
	 */
	record NamedPerson(String title, String name) {

		boolean isFullName() {
			return this.name.contains(" ");
		}

	}

	/** The people the text names with a title, in the order it names them. */
	static List<NamedPerson> in(String text) {
		List<NamedPerson> named = new ArrayList<>();
		Matcher matcher = TITLED_NAME.matcher(text.strip().replaceAll("\\s+", " "));
		while (matcher.find()) {
			named.add(new NamedPerson(matcher.group(1), matcher.group(2)));
		}
		return named;
	}

}
