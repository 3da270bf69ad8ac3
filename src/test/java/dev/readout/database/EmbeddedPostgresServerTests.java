package dev.readout.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EmbeddedPostgresServerTests {

	@TempDir
	Path dataDirectory;

	@Test
	void keepsWritesDurableBecauseAnalystsKeepRealWorkInIt() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory);
				Connection connection = connect(server)) {
			JdbcClient jdbc = jdbc(connection);
			assertThat(setting(jdbc, "fsync")).isEqualTo("on");
			assertThat(setting(jdbc, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(jdbc, "full_page_writes")).isEqualTo("on");
			assertThat(setting(jdbc, "server_encoding")).isEqualTo("UTF8");
		}
	}

	@Test
	void keepsItsDataFromOneRunToTheNext() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory);
				Connection connection = connect(server)) {
			jdbc(connection).sql("create table note (text text)").update();
			jdbc(connection).sql("insert into note values ('王毅')").update();
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory);
				Connection connection = connect(server)) {
			assertThat(jdbc(connection).sql("select text from note").query(String.class).single()).isEqualTo("王毅");
		}
	}

	@Test
	void startsAfterAnApplicationThatWasKilledLeftItsServerRunning() throws Exception {
		Process killedApp = launchReadout();
		try {
			CompletableFuture.runAsync(() -> awaitReady(killedApp)).get(3, TimeUnit.MINUTES);
		}
		finally {
			killedApp.destroyForcibly().waitFor();
		}
		assertThat(this.dataDirectory.resolve("postmaster.pid")).as("the orphaned server still holds the directory")
			.exists();

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory);
				Connection connection = connect(server)) {
			assertThat(jdbc(connection).sql("select note from acknowledged_write").query(String.class).single())
				.isEqualTo("saved before the crash");
		}
	}

	@Test
	void refusesToStartWhileAnotherReadoutRunsOnTheSameDirectory() throws Exception {
		Process running = launchReadout();
		try {
			CompletableFuture.runAsync(() -> awaitReady(running)).get(3, TimeUnit.MINUTES);
			long postmaster = postmasterPid();

			assertThatIllegalStateException().isThrownBy(() -> EmbeddedPostgresServer.start(this.dataDirectory))
				.withMessageContaining("Another Readout (process " + running.pid() + ")");
			assertThat(ProcessHandle.of(postmaster)).as("the first one's database still runs")
				.hasValueSatisfying((process) -> assertThat(process.isAlive()).isTrue());
		}
		finally {
			running.destroyForcibly().waitFor();
		}
		// Its owner gone, the server left behind is stopped by the next start.
		EmbeddedPostgresServer.start(this.dataDirectory).close();
	}

	@Test
	void comesBackOnItsOwnWhenItsServerIsKilled() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory)) {
			try (Connection connection = connect(server)) {
				jdbc(connection).sql("create table acknowledged_write (note text)").update();
				jdbc(connection).sql("insert into acknowledged_write values ('saved before the kill')").update();
			}
			ProcessHandle.of(postmasterPid()).orElseThrow().destroyForcibly();

			long killed = System.nanoTime();
			String note = null;
			while (note == null && System.nanoTime() - killed < TimeUnit.SECONDS.toNanos(30)) {
				try (Connection connection = connect(server)) {
					note = jdbc(connection).sql("select note from acknowledged_write").query(String.class).single();
				}
				catch (SQLException ex) {
					Thread.sleep(200);
				}
			}
			assertThat(note).isEqualTo("saved before the kill");
			System.out.printf("The embedded PostgreSQL served again %d ms after it was killed%n",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed));
		}
	}

	@Test
	void takesConnectionsOnlyWithThePasswordItKeepsForItsOwner() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory)) {
			String url = server.connectionDetails().getJdbcUrl();
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(url, "postgres", null).close());
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres").close());
			connect(server).close();
			assertThat(Files.getPosixFilePermissions(this.dataDirectory.resolve(EmbeddedPostgresServer.PASSWORD_FILE)))
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		}
		try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(this.dataDirectory)) {
			connect(again).close();
		}
	}

	private Process launchReadout() throws IOException {
		return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmbeddedPostgresLauncher.class.getName(),
				this.dataDirectory.toString())
			.redirectErrorStream(true)
			.start();
	}

	private long postmasterPid() throws IOException {
		return Long.parseLong(Files.readAllLines(this.dataDirectory.resolve("postmaster.pid")).get(0).strip());
	}

	private static void awaitReady(Process process) {
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null) {
				if (line.equals(EmbeddedPostgresLauncher.READY)) {
					return;
				}
			}
			throw new IllegalStateException("The application ended before its database was ready");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
		JdbcConnectionDetails details = server.connectionDetails();
		return DriverManager.getConnection(details.getJdbcUrl(), details.getUsername(), details.getPassword());
	}

	private static JdbcClient jdbc(Connection connection) {
		return JdbcClient.create(new SingleConnectionDataSource(connection, true));
	}

	private static String setting(JdbcClient jdbc, String name) {
		return jdbc.sql("select current_setting(?)").param(name).query(String.class).single();
	}

}
