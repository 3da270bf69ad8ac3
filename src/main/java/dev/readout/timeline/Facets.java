package dev.readout.timeline;

import java.util.List;
import java.util.Locale;

import dev.readout.vocabulary.NativeNames;
import java.util.Map;

/**
 * The meetings a timeline filter matches, counted by the values of each filter.
 *
 * @param total how many meetings match
 * @param values by filter name (level, format, status, side, topic, channel, visit,
 * official), the values that occur among the matches with their counts
 * @param overTime the matches per month (or year) and level, for the chart
 */
public record Facets(long total, Map<String, List<Value>> values, ContactsOverTime overTime, TimelineAxis axis,
		TimelineAxis axisByChannel) {

	/** The time axis with the lanes the reader chose. */
	public TimelineAxis axis(AxisLanes lanes) {
		return (lanes == AxisLanes.CHANNEL) ? this.axisByChannel : this.axis;
	}

	public List<Value> of(String name) {
		return this.values.getOrDefault(name, List.of());
	}

	/**
	 * The name of a chosen value (an official, a topic), or the value itself when none of
	 * the matches has it.
	 */
	public String label(String name, String value, Locale locale) {
		return of(name).stream()
			.filter(each -> each.value().equals(value))
			.map(each -> each.labelIn(locale))
			.findFirst()
			.orElse(value);
	}

	/**
	 * @param value as written in the filter's link
	 * @param label the name to show, for values that are records (topics, officials);
	 * empty for enumerations, which the page names from its messages
	 * @param nativeLabel its name in Chinese or in its own script, where it has one
	 */
	public record Value(String value, String label, String nativeLabel, long count) {

		/** In the Chinese interface, the Chinese name where there is one. */
		public String labelIn(Locale locale) {
			return NativeNames.nameIn(locale, this.label, this.nativeLabel);
		}

	}

}
