package dev.readout.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A PostgreSQL server run by the application itself, on a data directory that outlives
 * it. Analysts keep real work in it, so it runs with fsync, synchronous commit and
 * full-page writes on (zonky turns them off for tests); it takes connections only with
 * the password generated on its first start; and if its server process dies, it is
 * started again on the same directory and port (PostgreSQL recovers from its log), so the
 * application serves again without anyone stepping in.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	static final String DATABASE = "readout";

	/**
	 * Generated on the first start, readable by its owner only, and part of every backup.
	 */
	static final String PASSWORD_FILE = "readout-database-password";

	/** Which Readout runs the server: named when a second one is refused. */
	static final String OWNER_FILE = "readout.pid";

	/** The lock zonky holds on the data directory while the server it started runs. */
	private static final String LOCK_FILE = "epg-lock";

	private static final String USER = "postgres";

	private static final String HBA_MARKER = "# Readout: every connection proves the password";

	private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(60);

	private static final Duration WATCH_EVERY = Duration.ofSeconds(2);

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final Path dataDirectory;

	private final String password;

	private final ScheduledExecutorService watchdog;

	private volatile EmbeddedPostgres postgres;

	private volatile boolean closed;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, String password) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
		this.password = password;
		this.watchdog = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "embedded-postgres-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		this.watchdog.scheduleWithFixedDelay(this::restartIfDead, WATCH_EVERY.toMillis(), WATCH_EVERY.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	public static EmbeddedPostgresServer start(Path dataDirectory) throws IOException {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		Files.createDirectories(directory);
		refuseIfAnotherReadoutRunsIt(directory);
		stopOrphanedServer(directory);
		Optional<String> password = readPassword(directory);
		EmbeddedPostgres postgres = launch(directory, 0, password);
		Files.writeString(directory.resolve(OWNER_FILE), ProcessHandle.current().pid() + "\n",
				StandardCharsets.US_ASCII);
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, directory,
				password.orElseGet(EmbeddedPostgresServer::generatePassword));
		server.createDatabaseIfMissing();
		server.requirePassword();
		log.info("Readout is using an embedded PostgreSQL on port {} with its data in {}", postgres.getPort(),
				directory);
		return server;
	}

	private static EmbeddedPostgres launch(Path directory, int port, Optional<String> password) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			// Spring closes the server after the connection pool; a JVM hook would stop
			// it under the pool's feet.
			.setRegisterShutdownHook(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setPGStartupWait(Duration.ofSeconds(60));
		if (port != 0) {
			builder.setPort(port);
		}
		password.ifPresent((secret) -> builder.setConnectConfig("password", secret));
		return builder.start();
	}

	/**
	 * The Readout that runs this directory's server holds zonky's lock on it. While any
	 * live process holds it, the server is not ours to stop: refuse to start, naming that
	 * process. Once no one holds it, a server still running there is provably orphaned.
	 */
	private static void refuseIfAnotherReadoutRunsIt(Path directory) throws IOException {
		Path lockFile = directory.resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				lock.release();
				return;
			}
		}
		catch (OverlappingFileLockException ex) {
			// This very JVM holds it: an embedded server already runs here.
		}
		String owner = Files.exists(directory.resolve(OWNER_FILE))
				? Files.readString(directory.resolve(OWNER_FILE), StandardCharsets.US_ASCII).strip() : "unknown";
		throw new IllegalStateException("Another Readout (process " + owner + ") is running on the data directory "
				+ directory + "; its database was left alone. Stop that Readout first, or give this one a data "
				+ "directory of its own (READOUT_DATA_DIR).");
	}

	/**
	 * A server left running by an application that was killed still holds the data
	 * directory; it is ours, so stop it (a smart shutdown: its clients are gone) before
	 * starting afresh.
	 */
	private static void stopOrphanedServer(Path directory) throws IOException {
		Optional<ProcessHandle> orphan = postmaster(directory);
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

	/** The live server process that holds the directory, if any. */
	private static Optional<ProcessHandle> postmaster(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		return Files.readAllLines(pidFile, StandardCharsets.US_ASCII)
			.stream()
			.findFirst()
			.map(String::strip)
			.filter(line -> line.matches("\\d+"))
			.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(ProcessHandle::isAlive)
			.filter(EmbeddedPostgresServer::isPostgres);
	}

	/**
	 * zonky creates the server open to every local user ({@code trust}). Readout sets the
	 * superuser's password, keeps it in the data directory for its owner only, and makes
	 * every connection prove it. Done on every start until it holds, so an interrupted
	 * first start finishes the job on the next one.
	 */
	private void requirePassword() throws IOException {
		Path hba = this.dataDirectory.resolve("pg_hba.conf");
		if (Files.readString(hba, StandardCharsets.UTF_8).startsWith(HBA_MARKER)) {
			return;
		}
		Path passwordFile = this.dataDirectory.resolve(PASSWORD_FILE);
		if (!Files.exists(passwordFile)) {
			Files.createFile(passwordFile,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(passwordFile, this.password, StandardCharsets.US_ASCII);
		}
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			// The password is base64url: nothing in it can end the literal.
			statement.execute("alter role " + USER + " password '" + this.password + "'");
			Files.writeString(hba,
					HBA_MARKER + " (" + PASSWORD_FILE + ").\n"
							+ "local all all scram-sha-256\nhost all all 127.0.0.1/32 scram-sha-256\n"
							+ "host all all ::1/128 scram-sha-256\n",
					StandardCharsets.UTF_8);
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IOException("Could not make the embedded PostgreSQL require its password", ex);
		}
	}

	private static Optional<String> readPassword(Path directory) throws IOException {
		Path passwordFile = directory.resolve(PASSWORD_FILE);
		return Files.exists(passwordFile)
				? Optional.of(Files.readString(passwordFile, StandardCharsets.US_ASCII).strip()) : Optional.empty();
	}

	private static String generatePassword() {
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
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

	/**
	 * The server process died (killed, or out of memory): start it again on the same
	 * directory and port, so the connection pool finds it where it was. PostgreSQL
	 * replays its log, so every committed write is kept. Tried again every few seconds
	 * until it works; meanwhile pages answer 503 and health says DOWN.
	 */
	synchronized void restartIfDead() {
		try {
			if (this.closed || postmaster(this.dataDirectory).isPresent()) {
				return;
			}
			int port = this.postgres.getPort();
			log.error("The embedded PostgreSQL (port {}) is gone; starting it again on {}", port, this.dataDirectory);
			closeQuietly(this.postgres);
			this.postgres = launch(this.dataDirectory, port, Optional.of(this.password));
			log.warn("The embedded PostgreSQL is back on port {}", port);
		}
		catch (IOException | RuntimeException ex) {
			log.error("Could not start the embedded PostgreSQL again yet; trying again in {} s",
					WATCH_EVERY.toSeconds(), ex);
		}
	}

	/**
	 * The dead server's lock on the directory is released; stopping it fails, as it must.
	 */
	private static void closeQuietly(EmbeddedPostgres dead) {
		try {
			dead.close();
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Closing the dead server's handle: {}", ex.getMessage());
		}
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	public JdbcConnectionDetails connectionDetails() {
		String url = this.postgres.getJdbcUrl(USER, DATABASE);
		String secret = this.password;
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return USER;
			}

			@Override
			public String getPassword() {
				return secret;
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

	@Override
	public synchronized void close() throws IOException {
		this.closed = true;
		this.watchdog.shutdownNow();
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
