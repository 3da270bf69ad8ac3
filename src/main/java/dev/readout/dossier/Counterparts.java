package dev.readout.dossier;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom an official has met from the other side, and how often (contacts held, not
 * planned): the small who-met-whom graph on the official's page, laid out as a circle
 * around them.
 */
@Service
@Transactional(readOnly = true)
public class Counterparts {

	/** The graph stays legible with this many; the list of meetings names the rest. */
	static final int LIMIT = 12;

	private static final String COUNTERPARTS = """
			select o.id, o.full_name, o.native_name, count(distinct p.meeting_id) as meetings
			from participant p
			join participant other on other.meeting_id = p.meeting_id and other.side <> p.side
			join official o on o.id = other.official_id
			join meeting_on_record m on m.id = p.meeting_id and m.status = 'HELD'
			where p.official_id = :official
			group by o.id, o.full_name, o.native_name
			order by meetings desc, o.full_name
			limit :limit""";

	private final JdbcClient jdbc;

	Counterparts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Graph of(long officialId) {
		List<Counterpart> found = this.jdbc.sql(COUNTERPARTS)
			.param("official", officialId)
			.param("limit", LIMIT)
			.query((row, number) -> new Counterpart(row.getLong("id"), row.getString("full_name"),
					row.getString("native_name"), row.getLong("meetings"), 0, 0, 0))
			.list();
		return Graph.around(found);
	}

	/**
	 * @param x where the counterpart stands in the drawing
	 * @param strokeWidth the line to them, thicker for more meetings
	 */
	public record Counterpart(long id, String fullName, String nativeName, long meetings, double x, double y,
			double strokeWidth) {
	}

	/** The counterparts placed on a circle around the official at the centre. */
	public record Graph(List<Counterpart> counterparts) {

		static final int CENTRE_X = 300;

		static final int CENTRE_Y = 160;

		static final int RADIUS = 120;

		static Graph around(List<Counterpart> found) {
			long most = found.stream().mapToLong(Counterpart::meetings).max().orElse(1);
			int count = found.size();
			List<Counterpart> placed = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				// Start at the top and go clockwise.
				double angle = -Math.PI / 2 + 2 * Math.PI * i / count;
				Counterpart each = found.get(i);
				placed.add(new Counterpart(each.id(), each.fullName(), each.nativeName(), each.meetings(),
						round(CENTRE_X + RADIUS * Math.cos(angle)), round(CENTRE_Y + RADIUS * Math.sin(angle)),
						round(1 + 5.0 * each.meetings() / most)));
			}
			return new Graph(List.copyOf(placed));
		}

		public boolean isEmpty() {
			return this.counterparts.isEmpty();
		}

		public int centreX() {
			return CENTRE_X;
		}

		public int centreY() {
			return CENTRE_Y;
		}

		private static double round(double value) {
			return Math.round(value * 10) / 10.0;
		}

	}

}
