package dev.readout.timeline;

import java.util.List;

import dev.readout.vocabulary.PartialDate;

/**
 * One page of the timeline, grouped by month.
 *
 * @param next where the following page starts, or null on the last page
 */
public record TimelinePage(TimelineFilter filter, TimelineOrder order, List<Month> months, TimelineCursor next,
		boolean first) {

	/** The orders a reader can switch between. */
	public List<TimelineOrder> orders() {
		return List.of(TimelineOrder.values());
	}

	/**
	 * The contacts of one month, or of one year for those known only to the year.
	 */
	public record Month(PartialDate period, List<TimelineEntry> entries) {
	}

}
