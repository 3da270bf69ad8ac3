package dev.readout.vocabulary;

import java.util.Arrays;
import java.util.List;

/**
 * What kind of statement a side made about a meeting. A government's readout is one kind
 * among several that analysts compare; pages and the comparison say which kind each
 * passage came from, readouts first.
 */
public enum StatementKind {

	/** The government's own written summary of the meeting. */
	READOUT,
	/** A record of what was said in the meeting. */
	TRANSCRIPT,
	/** What a participant told the media about the meeting. */
	REMARKS,
	/** Officials briefing reporters, often unnamed. */
	BRIEFING,
	/** A spokesperson's statement. */
	SPOKESPERSON,
	/** A report by state media, not by the foreign ministry. */
	STATE_MEDIA,
	/** A statement both sides issued together. */
	JOINT_STATEMENT,
	/**
	 * A side's words as a report gives them, without saying in what kind of statement.
	 */
	UNSPECIFIED,
	/**
	 * Not words but a fact about them, recorded with its source: the side issued no
	 * readout of the meeting. Unlike a readout not recorded yet, its silence is a
	 * finding.
	 */
	NO_READOUT;

	/** The kinds of statement that carry words someone can be quoted from. */
	public static List<StatementKind> spoken() {
		return Arrays.stream(values()).filter(kind -> kind != NO_READOUT).toList();
	}

}
