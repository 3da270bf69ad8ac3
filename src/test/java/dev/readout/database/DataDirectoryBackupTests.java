package dev.readout.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup taken while an analyst's writes keep coming restores, on its own, to a
 * database that holds every write acknowledged before the backup began, and no write with
 * a gap before it.
 */
class DataDirectoryBackupTests {

	@TempDir
	Path work;

	@Test
	void restoresEverythingSavedBeforeTheBackupBeganEvenWhileWritesGoOn() throws Exception {
		Path original = this.work.resolve("original");
		Path backup = this.work.resolve("readout-backup.tar.gz");
		Path restored = Files.createDirectory(this.work.resolve("restored"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		long acknowledgedBeforeTheBackup;
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(original)) {
			try (Connection connection = connect(server.connectionDetails())) {
				jdbc(connection).sql("create table acknowledged_write (id bigint primary key)").update();
			}
			AtomicBoolean writing = new AtomicBoolean(true);
			AtomicLong acknowledged = new AtomicLong();
			CompletableFuture<Void> analyst = CompletableFuture.runAsync(() -> {
				try (Connection connection = connect(server.connectionDetails())) {
					while (writing.get()) {
						jdbc(connection).sql("insert into acknowledged_write values (?)")
							.param(acknowledged.get() + 1)
							.update();
						acknowledged.incrementAndGet();
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			while (acknowledged.get() < 50) {
				Thread.sleep(10);
			}
			acknowledgedBeforeTheBackup = acknowledged.get();
			try (OutputStream out = Files.newOutputStream(backup)) {
				DataDirectoryBackup.write(server, out);
			}
			writing.set(false);
			analyst.get();
		}

		unpack(backup, restored);
		assertThat(restored.resolve("backup_label")).exists();
		assertThat(restored.resolve("postmaster.pid")).doesNotExist();
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(restored);
				Connection connection = connect(server.connectionDetails())) {
			List<Long> ids = jdbc(connection).sql("select id from acknowledged_write order by id")
				.query(Long.class)
				.list();
			assertThat(ids.size()).isGreaterThanOrEqualTo((int) acknowledgedBeforeTheBackup);
			assertThat(ids.get(ids.size() - 1)).as("no gaps: a consistent moment").isEqualTo(ids.size());
		}
	}

	private static void unpack(Path archive, Path directory) throws IOException {
		try (InputStream in = Files.newInputStream(archive);
				TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path target = directory.resolve(entry.getName()).normalize();
				assertThat(target.startsWith(directory)).as(entry.getName()).isTrue();
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(tar, target);
				}
			}
		}
	}

	private static Connection connect(JdbcConnectionDetails details) throws SQLException {
		return DriverManager.getConnection(details.getJdbcUrl(), details.getUsername(), details.getPassword());
	}

	private static JdbcClient jdbc(Connection connection) {
		return JdbcClient.create(new SingleConnectionDataSource(connection, true));
	}

}
