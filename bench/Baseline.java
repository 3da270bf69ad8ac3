import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The benchmark's baselines, read with plain JDBC and written as hand-made HTML, with none of Readout's framework,
 * filters or facets: the first timeline page (the newest 50 contacts with their participants) at /, and a meeting page
 * (the meeting, its participants with their titles on the day, its statements, agreements and sources) at
 * /meetings/ID. Run with java -cp postgresql.jar bench/Baseline.java PORT JDBC-URL.
 */
public class Baseline {

	private static final String MEETINGS = """
			select m.id, m.title, m.start_date, m.start_precision, m.city, m.status, m.level from meeting m
			where m.deleted_at is null order by m.local_start desc, m.id desc limit 50""";

	private static final String PARTICIPANTS = """
			select p.meeting_id, p.side, o.full_name from participant p join official o on o.id = p.official_id
			where p.meeting_id = any (?) order by p.meeting_id, p.id""";

	private static final String MEETING = """
			select m.title, m.start_date, m.start_precision, m.city, m.country, m.status, m.level, m.summary
			from meeting m where m.id = ? and m.deleted_at is null""";

	private static final String MEETING_PARTICIPANTS = """
			select p.side, p.role, o.full_name, o.native_name,
			       (select string_agg(op.title, '; ') from official_position op
			        where op.official_id = o.id and (op.start_date is null or op.start_date <= m.start_date)
			          and (op.end_date is null or op.end_date >= m.start_date)) as titles
			from participant p join official o on o.id = p.official_id join meeting m on m.id = p.meeting_id
			where p.meeting_id = ? order by p.id""";

	private static final String STATEMENTS = """
			select r.side, r.kind, r.issuing_body, r.published_on, r.title, r.body from readout r
			where r.meeting_id = ? and r.deleted_at is null order by r.side, r.id""";

	private static final String AGREEMENTS = "select a.description, a.status from agreement a where a.meeting_id = ? order by a.id";

	private static final String SOURCES = """
			select s.label, s.publisher, s.published_on, s.url from source s where s.id in (
			  select source_id from meeting_source where meeting_id = ?
			  union select rs.source_id from readout_source rs join readout r on r.id = rs.readout_id where r.meeting_id = ?)
			order by s.id""";

	public static void main(String[] args) throws Exception {
		// Without it the JDK's server writes headers and body apart and waits on the client's delayed
		// acknowledgement: about 40 ms a request, whatever the page (measured before 2026-12-02 22:00).
		System.setProperty("sun.net.httpserver.nodelay", "true");
		BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(10);
		for (int i = 0; i < 10; i++) {
			pool.add(DriverManager.getConnection(args[1]));
		}
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 128);
		server.setExecutor(Executors.newFixedThreadPool(16));
		server.createContext("/", exchange -> {
			try {
				Connection connection = pool.take();
				try {
					String path = exchange.getRequestURI().getPath();
					respond(exchange, path.startsWith("/meetings/")
							? meetingPage(connection, Long.parseLong(path.substring("/meetings/".length()))) : page(connection));
				}
				finally {
					pool.add(connection);
				}
			}
			catch (InterruptedException | SQLException ex) {
				exchange.sendResponseHeaders(500, -1);
			}
			finally {
				exchange.close();
			}
		});
		server.start();
	}

	private static String page(Connection connection) throws SQLException {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
				+ "<title>Timeline</title></head><body><h1>Timeline of contacts</h1><ol>");
		java.util.List<Long> ids = new java.util.ArrayList<>();
		java.util.Map<Long, StringBuilder> entries = new java.util.LinkedHashMap<>();
		try (PreparedStatement meetings = connection.prepareStatement(MEETINGS); ResultSet rows = meetings.executeQuery()) {
			while (rows.next()) {
				long id = rows.getLong("id");
				ids.add(id);
				entries.put(id, new StringBuilder("<li><h3><a href=/meetings/" + id + ">" + escape(rows.getString("title"))
						+ "</a></h3><p>" + rows.getString("start_date") + " " + rows.getString("start_precision") + " · "
						+ escape(rows.getString("city")) + " · " + rows.getString("status") + " · " + rows.getString("level")
						+ "</p><ul>"));
			}
		}
		try (PreparedStatement participants = connection.prepareStatement(PARTICIPANTS)) {
			participants.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
			try (ResultSet rows = participants.executeQuery()) {
				while (rows.next()) {
					entries.get(rows.getLong(1)).append("<li>").append(rows.getString(2)).append(" ")
						.append(escape(rows.getString(3))).append("</li>");
				}
			}
		}
		entries.values().forEach(entry -> html.append(entry).append("</ul></li>"));
		return html.append("</ol></body></html>").toString();
	}

	private static String meetingPage(Connection connection, long id) throws SQLException {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>");
		try (PreparedStatement meeting = connection.prepareStatement(MEETING)) {
			meeting.setLong(1, id);
			try (ResultSet row = meeting.executeQuery()) {
				if (!row.next()) {
					return "<!DOCTYPE html><title>Not found</title>";
				}
				html.append(escape(row.getString("title"))).append("</title></head><body><h1>")
					.append(escape(row.getString("title"))).append("</h1><p>").append(row.getString("start_date"))
					.append(" ").append(row.getString("start_precision")).append(" · ").append(escape(row.getString("city")))
					.append(", ").append(row.getString("country")).append(" · ").append(row.getString("status"))
					.append(" · ").append(row.getString("level")).append("</p><p>").append(escape(row.getString("summary")))
					.append("</p>");
			}
		}
		html.append("<h2>Participants</h2><ul>");
		rows(connection, MEETING_PARTICIPANTS, id, 1, row -> html.append("<li>").append(row.getString(1)).append(" ")
			.append(escape(row.getString(3))).append(" ").append(escape(row.getString(4))).append(", <small>")
			.append(escape(row.getString(5))).append("</small> (").append(row.getString(2)).append(")</li>"));
		html.append("</ul><h2>Statements</h2>");
		rows(connection, STATEMENTS, id, 1, row -> html.append("<article><h3>").append(row.getString(1)).append(" · ")
			.append(row.getString(2)).append(": ").append(escape(row.getString(5))).append("</h3><p>")
			.append(escape(row.getString(3))).append(", ").append(row.getString(4)).append("</p><div>")
			.append(escape(row.getString(6))).append("</div></article>"));
		html.append("<h2>Agreements</h2><ul>");
		rows(connection, AGREEMENTS, id, 1, row -> html.append("<li>").append(escape(row.getString(1))).append(" · ")
			.append(row.getString(2)).append("</li>"));
		html.append("</ul><h2>Sources</h2><ol>");
		rows(connection, SOURCES, id, 2, row -> html.append("<li>").append(escape(row.getString(1))).append(", ")
			.append(escape(row.getString(2))).append(", ").append(row.getString(3)).append(" <a href=\"")
			.append(escape(row.getString(4))).append("\">link</a></li>"));
		return html.append("</ol></body></html>").toString();
	}

	private interface Row {

		void append(ResultSet row) throws SQLException;

	}

	private static void rows(Connection connection, String sql, long id, int times, Row row) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 1; i <= times; i++) {
				statement.setLong(i, id);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					row.append(rows);
				}
			}
		}
	}

	private static void respond(HttpExchange exchange, String html) throws IOException {
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static String escape(String text) {
		return (text == null) ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
