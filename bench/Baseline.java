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
 * The benchmark's baseline: the first timeline page (the newest 50 contacts with their participants) read with
 * plain JDBC and written as hand-made HTML, with none of Readout's framework, filters or facets. Run with
 * java -cp postgresql.jar bench/Baseline.java PORT JDBC-URL.
 */
public class Baseline {

	private static final String MEETINGS = """
			select m.id, m.title, m.start_date, m.start_precision, m.city, m.status, m.level from meeting m
			where m.deleted_at is null order by m.local_start desc, m.id desc limit 50""";

	private static final String PARTICIPANTS = """
			select p.meeting_id, p.side, o.full_name from participant p join official o on o.id = p.official_id
			where p.meeting_id = any (?) order by p.meeting_id, p.id""";

	public static void main(String[] args) throws Exception {
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
					respond(exchange, page(connection));
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

	private static void respond(HttpExchange exchange, String html) throws IOException {
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static String escape(String text) {
		return (text == null) ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
