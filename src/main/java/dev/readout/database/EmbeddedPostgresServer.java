package dev.readout.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A PostgreSQL server run by the application itself, on a data directory that outlives
 * it. Analysts keep real work in it, so it runs with fsync, synchronous commit and
 * full-page writes on (zonky turns them off for tests).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	static final String DATABASE = "readout";

	private static final String USER = "postgres";

	private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(60);

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	public static EmbeddedPostgresServer start(Path dataDirectory) throws IOException {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		Files.createDirectories(directory);
		stopOrphanedServer(directory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			// Spring closes the server after the connection pool; a JVM hook would stop
			// it under the pool's feet.
			.setRegisterShutdownHook(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, directory);
		server.createDatabaseIfMissing();
		log.info("Readout is using an embedded PostgreSQL on port {} with its data in {}", postgres.getPort(),
				directory);
		return server;
	}

	/**
	 * A server left running by an application that was killed still holds the data
	 * directory; it is ours, so stop it (a smart shutdown: its clients are gone) before
	 * starting afresh.
	 */
	private static void stopOrphanedServer(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = Files.readAllLines(pidFile, StandardCharsets.US_ASCII)
			.stream()
			.findFirst()
			.map(String::strip)
			.filter(line -> line.matches("\\d+"))
			.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(EmbeddedPostgresServer::isPostgres);
		if (orphan.isEmpty()) {
			// PostgreSQL itself discards a lock file whose process is gone.
			return;
		}
		log.warn("Stopping the PostgreSQL server (pid {}) that an earlier run of Readout left behind in {}",
				orphan.get().pid(), directory);
		orphan.get().destroy();
		try {
			orphan.get().onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for the old PostgreSQL server to stop", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IOException("The PostgreSQL server left running in " + directory + " (pid " + orphan.get().pid()
					+ ") did not stop; stop it and start Readout again", ex);
		}
	}

	private void createDatabaseIfMissing() throws IOException {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			try (ResultSet rows = exists.executeQuery()) {
				if (!rows.next()) {
					try (Statement create = connection.createStatement()) {
						create.execute("create database " + DATABASE + " encoding 'UTF8'");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not create the " + DATABASE + " database in the embedded PostgreSQL", ex);
		}
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	public JdbcConnectionDetails connectionDetails() {
		String url = this.postgres.getJdbcUrl(USER, DATABASE);
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return USER;
			}

			@Override
			public String getPassword() {
				return null;
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
		log.info("Stopped the embedded PostgreSQL in {}", this.dataDirectory);
	}

	/**
	 * Recognises a PostgreSQL server process, so that a reused pid of some other program
	 * is never signalled.
	 */
	private static boolean isPostgres(ProcessHandle process) {
		return process.info()
			.command()
			.map(command -> Path.of(command).getFileName().toString())
			.filter("postgres"::equals)
			.isPresent();
	}

}
