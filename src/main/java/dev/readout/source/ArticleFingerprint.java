package dev.readout.source;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tells a copy or an edition of an article from an independent report of the same
 * event: its own sentences. Quoted words (which independent reports share) are set aside;
 * the rest is reduced to content words, crudely stemmed, so that swapped synonyms and
 * reordered clauses leave most of a sentence recognisable.
 *
 * <p>
 * Finding candidates among many texts uses MinHash over pairs of content words with
 * locality-sensitive hashing ({@link #bandKeys()}): two texts that share enough pairs
 * share a band key, and only those are compared sentence by sentence
 * ({@link #similarity}).
 */
final class ArticleFingerprint {

	static final int BANDS = 32;

	private static final int ROWS = 2;

	/** A sentence of this share of its content words in common is the same sentence. */
	private static final double SAME_SENTENCE = 0.5;

	private static final Pattern QUOTED = Pattern.compile("[\"“”„][^\"“”„]{1,400}[\"“”]|「[^」]{1,400}」");

	private static final Pattern WORD = Pattern.compile("[\\p{IsHan}]|[\\p{L}\\p{N}]+");

	private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on",
			"at", "for", "with", "by", "from", "as", "is", "was", "were", "be", "been", "are", "it", "its", "that",
			"this", "these", "those", "he", "she", "they", "his", "her", "their", "them", "we", "our", "said", "says",
			"say", "would", "will", "had", "has", "have", "not", "no", "after", "before", "into", "over", "about",
			"which", "who", "whom", "while", "also", "than", "then", "there", "out", "up", "more", "most", "some",
			"such", "other", "one", "two", "all", "any", "do", "did", "does", "so", "if", "when", "what", "where", "的",
			"了", "在", "是", "和", "与", "也", "对", "就", "都", "而", "及", "将", "被");

	private final List<Set<String>> sentences;

	/** The quoted words, by their content words, as written. */
	private final Map<String, String> quotes;

	private final Set<String> pairs;

	private ArticleFingerprint(List<Set<String>> sentences, Map<String, String> quotes, Set<String> pairs) {
		this.sentences = sentences;
		this.quotes = quotes;
		this.pairs = pairs;
	}

	static ArticleFingerprint of(String text) {
		Map<String, String> quotes = new LinkedHashMap<>();
		Matcher quoted = QUOTED.matcher(text);
		while (quoted.find()) {
			String asWritten = quoted.group();
			quotes.putIfAbsent(String.join(" ", words(asWritten)), asWritten.substring(1, asWritten.length() - 1));
		}
		String own = QUOTED.matcher(text).replaceAll(" ");
		List<Set<String>> sentences = new ArrayList<>();
		Set<String> pairs = new HashSet<>();
		for (String sentence : sentences(own)) {
			List<String> words = words(sentence);
			if (words.size() >= 3) {
				sentences.add(new HashSet<>(words));
				for (int i = 1; i < words.size(); i++) {
					pairs.add(words.get(i - 1) + " " + words.get(i));
				}
			}
		}
		return new ArticleFingerprint(sentences, quotes, pairs);
	}

	/**
	 * The text's sentences, as the platform's sentence rules (English and Chinese) find
	 * them.
	 */
	private static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ROOT);
		boundaries.setText(text);
		for (int start = boundaries.first(),
				end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
			sentences.add(text.substring(start, end));
		}
		return sentences;
	}

	/** The content words, lower-case and crudely stemmed, in order. */
	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (word.find()) {
			String found = word.group();
			if (!STOPWORDS.contains(found)) {
				words.add(stem(found));
			}
		}
		return words;
	}

	private static String stem(String word) {
		for (String suffix : new String[] { "ing", "ed", "es", "s" }) {
			if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
				return word.substring(0, word.length() - suffix.length());
			}
		}
		return word;
	}

	/**
	 * The keys under which the text is filed for finding candidates: one per band of its
	 * MinHash signature. Texts whose pairs of words are mostly shared share a key.
	 */
	long[] bandKeys() {
		if (this.pairs.isEmpty()) {
			return new long[0];
		}
		long[] signature = new long[BANDS * ROWS];
		Arrays.fill(signature, Long.MAX_VALUE);
		for (String pair : this.pairs) {
			long hash = hash(pair);
			for (int i = 0; i < signature.length; i++) {
				signature[i] = Math.min(signature[i], mix(hash + 0x9E3779B97F4A7C15L * (i + 1)));
			}
		}
		long[] keys = new long[BANDS];
		for (int band = 0; band < BANDS; band++) {
			long key = band;
			for (int row = 0; row < ROWS; row++) {
				key = mix(key * 31 + signature[band * ROWS + row]);
			}
			keys[band] = key;
		}
		return keys;
	}

	/**
	 * How much of the shorter text is the other's own sentences, 0 to 1, with the
	 * evidence.
	 */
	Similarity similarity(ArticleFingerprint other) {
		ArticleFingerprint shorter = (this.sentences.size() <= other.sentences.size()) ? this : other;
		ArticleFingerprint longer = (shorter == this) ? other : this;
		if (shorter.sentences.isEmpty()) {
			return new Similarity(0, 0, List.of());
		}
		int matched = 0;
		for (Set<String> sentence : shorter.sentences) {
			if (longer.sentences.stream().anyMatch(candidate -> jaccard(sentence, candidate) >= SAME_SENTENCE)) {
				matched++;
			}
		}
		List<String> sharedQuotes = this.quotes.entrySet()
			.stream()
			.filter(quote -> other.quotes.containsKey(quote.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		return new Similarity((double) matched / shorter.sentences.size(), matched, sharedQuotes);
	}

	private static double jaccard(Set<String> one, Set<String> other) {
		int common = 0;
		for (String word : one) {
			if (other.contains(word)) {
				common++;
			}
		}
		return (double) common / (one.size() + other.size() - common);
	}

	private static long hash(String text) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			hash = (hash ^ b) * 0x100000001b3L;
		}
		return hash;
	}

	/** SplitMix64's finaliser: spreads a hash over all its bits. */
	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	/**
	 * @param score the share of the shorter text's own sentences found in the other
	 * @param sentences how many sentences matched
	 * @param sharedQuotes the quoted words both texts hold (independent reports share
	 * them too: evidence, not proof)
	 */
	record Similarity(double score, int sentences, List<String> sharedQuotes) {

		/** Enough own sentences in common to be the same story. */
		boolean isSameStory() {
			return this.score >= 0.5 && this.sentences >= 2;
		}

	}

}
