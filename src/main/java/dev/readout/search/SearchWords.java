package dev.readout.search;

/**
 * How words typed by a reader become a PostgreSQL text query, for every search of the
 * record (the search page and the timeline's words): as a web search reads them, with
 * Chinese split into character pairs like the documents (see {@code cjk_bigrams} in the
 * V4 migration) and a character typed alone matching the pairs that begin with it (V21),
 * and in the other language of the interface as well (see {@link NamesInBothLanguages}).
 * Both expect the words as the bind parameter {@code :words} and as
 * {@link NamesInBothLanguages#inOtherLanguage} writes them as
 * {@code :wordsInOtherLanguage}.
 */
public final class SearchWords {

	/**
	 * Against texts indexed with English stemming: titles, summaries, readouts,
	 * agreements.
	 */
	public static final String IN_TEXTS = "(cjk_single_characters_as_prefixes("
			+ "websearch_to_tsquery('english', cjk_bigrams(:words)), :words)"
			+ " || websearch_to_tsquery('english', cjk_bigrams(:wordsInOtherLanguage)))";

	/** Against officials' names, indexed as written. */
	public static final String IN_NAMES = "(cjk_single_characters_as_prefixes("
			+ "websearch_to_tsquery('simple', cjk_bigrams(:words)), :words)"
			+ " || websearch_to_tsquery('simple', cjk_bigrams(:wordsInOtherLanguage)))";

	private SearchWords() {
	}

}
