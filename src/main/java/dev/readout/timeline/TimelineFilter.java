package dev.readout.timeline;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.readout.meeting.MeetingFormat;
import dev.readout.meeting.MeetingLevel;
import dev.readout.meeting.MeetingStatus;
import dev.readout.form.DateAtPrecision;
import dev.readout.form.FormText;
import dev.readout.vocabulary.PartialDate;
import dev.readout.web.QueryValue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a reader narrowed the timeline to, as query parameters so that a filtered timeline
 * is a link to share and the back button works. Every filter given must hold (AND).
 *
 * @param from the earliest date, at any precision: {@code 2023}, {@code 2023-06} or a day
 * @param to the latest date, at any precision; {@code to=2023-06} includes all of June
 * @param side a country taking part, as an ISO code such as {@code CN}
 * @param q words to find in the meeting, its readouts and agreements, or participants'
 * names
 */
public record TimelineFilter(@DateAtPrecision String from, @DateAtPrecision String to, Long official,
		@Pattern(regexp = "[A-Z]{2}", message = "{timeline.filter.side.invalid}") String side, MeetingLevel level,
		MeetingFormat format, MeetingStatus status, Long topic, Long visit, Long channel, @Size(max = 200) String q) {

	public static TimelineFilter none() {
		return new TimelineFilter(null, null, null, null, null, null, null, null, null, null, null);
	}

	public static TimelineFilter ofOfficial(long official) {
		return new TimelineFilter(null, null, official, null, null, null, null, null, null, null, null);
	}

	public static TimelineFilter ofVisit(long visit) {
		return new TimelineFilter(null, null, null, null, null, null, null, null, visit, null, null);
	}

	/** The filters that are set, by parameter name, as written in the link. */
	public Map<String, String> active() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("q", FormText.orNull(this.q));
		values.put("from", FormText.orNull(this.from));
		values.put("to", FormText.orNull(this.to));
		values.put("official", this.official);
		values.put("side", FormText.orNull(this.side));
		values.put("level", this.level);
		values.put("format", this.format);
		values.put("status", this.status);
		values.put("topic", this.topic);
		values.put("visit", this.visit);
		values.put("channel", this.channel);
		Map<String, String> active = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			if (value != null) {
				active.put(name, (value instanceof Enum<?> constant) ? constant.name() : value.toString());
			}
		});
		return active;
	}

	public boolean isEmpty() {
		return active().isEmpty();
	}

	/** The words searched for, or null when there are none. */
	public String words() {
		return FormText.orNull(this.q);
	}

	public LocalDate earliestDay() {
		PartialDate date = FormText.partialDate(this.from);
		return (date != null) ? date.earliestDay() : null;
	}

	public LocalDate latestDay() {
		PartialDate date = FormText.partialDate(this.to);
		return (date != null) ? date.latestDay() : null;
	}

	/** A link to the timeline with these filters, in the given order and view. */
	public String link(TimelineOrder order, TimelineView view) {
		return link("/", active(), order, view);
	}

	/** A link to another view of the timeline (an export) with these filters. */
	public String linkTo(String path, TimelineOrder order) {
		return link(path, active(), order, TimelineView.COMPACT);
	}

	/**
	 * A link to the timeline with these filters except one: what removing a chip does.
	 */
	public String linkWithout(String name, TimelineOrder order, TimelineView view) {
		Map<String, String> rest = new LinkedHashMap<>(active());
		rest.remove(name);
		return link("/", rest, order, view);
	}

	/** A link to the timeline with these filters and one more (or one replaced). */
	public String linkWith(String name, Object value, TimelineOrder order, TimelineView view) {
		Map<String, String> more = new LinkedHashMap<>(active());
		more.put(name, (value instanceof Enum<?> constant) ? constant.name() : String.valueOf(value));
		return link("/", more, order, view);
	}

	/**
	 * A link to the timeline with these filters between two dates, at any precision: what
	 * choosing a year or month on the axis does.
	 */
	public String linkBetween(String from, String to, TimelineOrder order, TimelineView view) {
		Map<String, String> narrowed = new LinkedHashMap<>(active());
		narrowed.put("from", from);
		narrowed.put("to", to);
		narrowed.remove("after");
		return link("/", narrowed, order, view);
	}

	/** The order and view travel in the link only when they are not the default. */
	private static String link(String path, Map<String, String> parameters, TimelineOrder order, TimelineView view) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		parameters.forEach((name, value) -> link.queryParam(name, QueryValue.encode(value)));
		if (order != TimelineOrder.NEWEST) {
			link.queryParam("order", order.name());
		}
		if (view != TimelineView.COMPACT) {
			link.queryParam("view", view.name());
		}
		return link.build(true).toUriString();
	}

}
