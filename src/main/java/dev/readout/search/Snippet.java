package dev.readout.search;

import java.util.ArrayList;
import java.util.List;

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
