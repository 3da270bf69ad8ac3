package dev.readout.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.readout.meeting.MeetingFormat;
import dev.readout.meeting.MeetingLevel;
import dev.readout.vocabulary.DatePrecision;
import dev.readout.vocabulary.PartialDate;
import dev.readout.meeting.MeetingStatus;
import dev.readout.cache.KeptWhileUnchanged;
import dev.readout.search.NamesInBothLanguages;
import dev.readout.cache.WhileRecordUnchanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the meetings a filter matches divide up: how many there are for each value of each
 * filter (so a reader sees what a click would leave), and how many per month and level
 * for the chart. Two queries, whatever the size of the record, and none while the record
 * is unchanged since the same filter was last counted.
 */
@Service
@Transactional(readOnly = true)
public class TimelineFacets {

	/** Officials and visits can be many: the facet lists those with the most contacts. */
	static final int LONG_FACET_LIMIT = 12;

	private static final String FACETS = """
			with matching as materialized (select m.id, m.level, m.format, m.status, m.visit_id, m.channel_id
			                               from meeting_on_record m where %s)
			select 'total' as facet, '' as value, '' as label, null as native_label, count(*) as count from matching
			union all select 'level', level, '', null, count(*) from matching group by level
			union all select 'format', format, '', null, count(*) from matching group by format
			union all select 'status', status, '', null, count(*) from matching group by status
			union all select 'side', p.side, '', null, count(distinct matching.id)
			    from matching join participant p on p.meeting_id = matching.id where p.side is not null group by p.side
			union all select 'topic', t.id::text, t.name, t.native_name, count(*)
			    from matching join meeting_topic mt on mt.meeting_id = matching.id join topic t on t.id = mt.topic_id
			    group by t.id, t.name, t.native_name
			union all select 'channel', c.id::text, c.name, null, count(*)
			    from matching join channel c on c.id = matching.channel_id group by c.id, c.name
			union all (select 'visit', v.id::text, v.title, null, count(*)
			    from matching join visit v on v.id = matching.visit_id
			    group by v.id, v.title order by count(*) desc, v.id desc limit :longFacetLimit)
			union all (select 'official', o.id::text, o.full_name, o.native_name, count(*)
			    from matching join participant p on p.meeting_id = matching.id join official o on o.id = p.official_id
			    group by o.id, o.full_name, o.native_name order by count(*) desc, o.full_name limit :longFacetLimit)""";

	private static final String PER_MONTH = """
			select date_trunc('month', m.start_date)::date as month, m.start_precision = 'YEAR' as year_only,
			       m.level, count(*) as count
			from meeting_on_record m where %s group by 1, 2, 3 order by 1""";

	/**
	 * The contacts to draw on the axis: one more than it draws, to know when there are
	 * too many.
	 */
	private static final String ON_THE_AXIS = """
			select m.id, m.title, m.start_date, m.start_precision, m.end_date, m.expected_after, m.level, m.status,
			       c.name as channel
			from meeting_on_record m left join channel c on c.id = m.channel_id
			where %s order by m.local_start, m.id limit :axisLimit""";

	/** How many filters' counts are kept; each is a few kilobytes. */
	static final int CACHED_FILTERS = 500;

	private final JdbcClient jdbc;

	/**
	 * Counting 100,000 meetings takes a second; the counts of a filter are read once per
	 * change.
	 */
	private final WhileRecordUnchanged<TimelineFilter, Facets> counted;

	private final NamesInBothLanguages names;

	TimelineFacets(JdbcClient jdbc, NamesInBothLanguages names, KeptWhileUnchanged kept) {
		this.jdbc = jdbc;
		this.names = names;
		this.counted = kept.counts("facet-counts", CACHED_FILTERS);
	}

	/**
	 * The counts of the meetings the filter matches: from the cache while the record is
	 * unchanged.
	 */
	public Facets of(TimelineFilter filter) {
		return this.counted.get(filter, () -> count(filter));
	}

	private Facets count(TimelineFilter filter) {
		MatchingMeetings matching = new MatchingMeetings(filter, this.names);
		Map<String, Object> parameters = matching.parameters();
		parameters.put("longFacetLimit", LONG_FACET_LIMIT);
		Map<String, List<Facets.Value>> byFacet = new LinkedHashMap<>();
		this.jdbc.sql(FACETS.formatted(matching.condition())).params(parameters).query((row, number) -> {
			byFacet.computeIfAbsent(row.getString("facet"), facet -> new ArrayList<>())
				.add(new Facets.Value(row.getString("value"), row.getString("label"), row.getString("native_label"),
						row.getLong("count")));
			return null;
		}).list();
		long total = byFacet.remove("total").get(0).count();
		sortAsEnum(byFacet, "level", MeetingLevel.class);
		sortAsEnum(byFacet, "format", MeetingFormat.class);
		sortAsEnum(byFacet, "status", MeetingStatus.class);
		byFacet.computeIfPresent("topic", (name, values) -> sorted(values, Comparator.comparing(Facets.Value::label)));
		byFacet.computeIfPresent("channel",
				(name, values) -> sorted(values, Comparator.comparing(Facets.Value::label)));
		List<TimelineAxis.Contact> onTheAxis = onTheAxis(matching);
		return new Facets(total, byFacet, overTime(matching), TimelineAxis.of(onTheAxis, AxisLanes.LEVEL),
				TimelineAxis.of(onTheAxis, AxisLanes.CHANNEL));
	}

	private ContactsOverTime overTime(MatchingMeetings matching) {
		Map<YearMonth, Map<MeetingLevel, Long>> perMonth = new LinkedHashMap<>();
		Map<YearMonth, Map<MeetingLevel, Long>> yearOnly = new LinkedHashMap<>();
		this.jdbc.sql(PER_MONTH.formatted(matching.condition())).params(matching.parameters()).query((row, number) -> {
			YearMonth month = YearMonth.from(row.getObject("month", LocalDate.class));
			(row.getBoolean("year_only") ? yearOnly : perMonth)
				.computeIfAbsent(month, key -> new EnumMap<>(MeetingLevel.class))
				.merge(MeetingLevel.valueOf(row.getString("level")), row.getLong("count"), Long::sum);
			return null;
		}).list();
		return ContactsOverTime.of(perMonth, yearOnly);
	}

	private List<TimelineAxis.Contact> onTheAxis(MatchingMeetings matching) {
		Map<String, Object> parameters = matching.parameters();
		parameters.put("axisLimit", TimelineAxis.MOST_MARKS + 1);
		return this.jdbc.sql(ON_THE_AXIS.formatted(matching.condition()))
			.params(parameters)
			.query((row, number) -> new TimelineAxis.Contact(row.getLong("id"), row.getString("title"),
					new PartialDate(row.getObject("start_date", LocalDate.class),
							DatePrecision.valueOf(row.getString("start_precision"))),
					row.getObject("end_date", LocalDate.class), row.getObject("expected_after", LocalDate.class),
					MeetingLevel.valueOf(row.getString("level")), row.getString("channel"),
					MeetingStatus.valueOf(row.getString("status")).isHeld()))
			.list();
	}

	private static <E extends Enum<E>> void sortAsEnum(Map<String, List<Facets.Value>> byFacet, String facet,
			Class<E> type) {
		byFacet.computeIfPresent(facet, (name, values) -> sorted(values,
				Comparator.comparing(value -> Enum.valueOf(type, value.value()).ordinal())));
	}

	private static List<Facets.Value> sorted(List<Facets.Value> values, Comparator<Facets.Value> order) {
		return values.stream().sorted(order).toList();
	}

}
