package dev.readout.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Stands in for a running Readout in a separate JVM: starts the embedded server on a data
 * directory, writes a row, says "ready" and waits to be killed.
 */
final class EmbeddedPostgresLauncher {

	static final String READY = "ready";

	private EmbeddedPostgresLauncher() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
		JdbcConnectionDetails details = server.connectionDetails();
		try (Connection connection = DriverManager.getConnection(details.getJdbcUrl(), details.getUsername(),
				details.getPassword()); Statement statement = connection.createStatement()) {
			statement.execute("create table acknowledged_write (note text)");
			statement.execute("insert into acknowledged_write values ('saved before the crash')");
		}
		System.out.println(READY);
		Thread.sleep(Long.MAX_VALUE);
	}

}
