package dev.readout.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An excerpt of a matching text with the matched words marked, kept as plain parts so
 * that the page escapes the text and adds the highlighting itself.
 */
public record Snippet(List<Part> parts) {

	/** What PostgreSQL's ts_headline puts around a match; never typed in a form. */
	static final char START = '\u0001';

	static final char STOP = '\u0002';

	/** The ts_headline options that produce such markers. */
	static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
			+ ", MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=\" … \"";

	/**
	 * The excerpt as ts_headline marked it, with the Chinese words searched for marked
	 * too: PostgreSQL's parser reads a run of Chinese characters as one word, so
	 * ts_headline cannot mark a word inside it.
	 */
	static Snippet of(String marked, List<String> chineseWords) {
		Snippet snippet = of(marked);
		if (chineseWords.isEmpty()) {
			return snippet;
		}
		Pattern anyWord = Pattern.compile(chineseWords.stream().map(Pattern::quote).collect(Collectors.joining("|")));
		List<Part> parts = new ArrayList<>();
		for (Part part : snippet.parts()) {
			if (part.highlighted()) {
				parts.add(part);
				continue;
			}
			Matcher words = anyWord.matcher(part.text());
			int at = 0;
			while (words.find()) {
				if (words.start() > at) {
					parts.add(new Part(part.text().substring(at, words.start()), false));
				}
				parts.add(new Part(words.group(), true));
				at = words.end();
			}
			if (at < part.text().length()) {
				parts.add(new Part(part.text().substring(at), false));
			}
		}
		return new Snippet(parts);
	}

	/** The runs of Chinese characters in words typed for a search, longest first. */
	static List<String> chineseWordsIn(String... words) {
		return Stream.of(words)
			.flatMap(typed -> CHINESE.matcher(typed).results().map(MatchResult::group))
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
	}

	private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}+");

	static Snippet of(String marked) {
		List<Part> parts = new ArrayList<>();
		if (marked == null) {
			return new Snippet(parts);
		}
		int at = 0;
		while (at < marked.length()) {
			int start = marked.indexOf(START, at);
			if (start < 0) {
				parts.add(new Part(marked.substring(at), false));
				break;
			}
			if (start > at) {
				parts.add(new Part(marked.substring(at, start), false));
			}
			int stop = marked.indexOf(STOP, start);
			int end = (stop < 0) ? marked.length() : stop;
			parts.add(new Part(marked.substring(start + 1, end), true));
			at = end + 1;
		}
		return new Snippet(parts);
	}

	public record Part(String text, boolean highlighted) {
	}

}
