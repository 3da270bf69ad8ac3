package dev.readout.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A subject that recurs across contacts, such as Taiwan or fentanyl, from one shared
 * vocabulary.
 */
@Entity
public class Topic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	/** Its name in Chinese, for the Chinese interface and for searches in Chinese. */
	private String nativeName;

	/** Words that suggest the topic in a text, comma-separated, lower case. */
	private String matchTerms = "";

	protected Topic() {
	}

	public Topic(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getNativeName() {
		return this.nativeName;
	}

	/** Its name in the interface's language, where it has one in that language. */
	public String nameIn(Locale locale) {
		return NativeNames.nameIn(locale, this.name, this.nativeName);
	}

	public List<String> terms() {
		return Arrays.stream(this.matchTerms.split(","))
			.map(term -> term.strip().toLowerCase(Locale.ROOT))
			.filter(term -> !term.isEmpty())
			.toList();
	}

	/** Whether the text names the topic by one of its words (or the start of one). */
	public boolean isNamedIn(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return terms().stream().anyMatch(term -> startsAWordIn(lower, term));
	}

	/**
	 * A term in Latin letters counts at the start of a word ("chip" in "chips", not in
	 * "archipelago"); a term in Chinese anywhere, as Chinese does not space its words.
	 */
	private static boolean startsAWordIn(String text, String term) {
		boolean latin = isLatin(term.codePointAt(0));
		for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
			if (!latin || at == 0 || !isLatin(text.codePointBefore(at))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLatin(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
	}

}
