package dev.readout.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A backup of the embedded PostgreSQL taken while Readout runs: PostgreSQL's own online
 * base backup ({@code pg_backup_start} … {@code pg_backup_stop}), with the data
 * directory's files, the backup label and the write-ahead log written meanwhile, as one
 * {@code .tar.gz}. To restore it, unpack it into an empty directory and start Readout
 * with {@code READOUT_DATA_DIR} there: PostgreSQL replays the log up to the moment the
 * backup ended, and the accounts, sessions, audit trail and password come back with the
 * record. (The embedded binaries have no {@code pg_dump}; this needs none.)
 */
public final class DataDirectoryBackup {

	/** Left out: they describe the running server, not the data. */
	private static final Set<String> RUNNING_SERVER_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
			EmbeddedPostgresServer.OWNER_FILE, "backup_label", "tablespace_map");

	/** Kept as empty directories: PostgreSQL needs them and refills them itself. */
	private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_dynshmem", "pg_notify", "pg_serial",
			"pg_snapshots", "pg_stat_tmp", "pg_subtrans", "pg_replslot", "log");

	private static final Pattern FIRST_SEGMENT = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");

	private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}");

	private DataDirectoryBackup() {
	}

	/** Writes the backup; the stream is left open. */
	public static void write(EmbeddedPostgresServer server, OutputStream out) throws IOException {
		Path directory = server.dataDirectory();
		JdbcConnectionDetails details = server.connectionDetails();
		GzipParameters fast = new GzipParameters();
		fast.setCompressionLevel(1);
		// Its own session: the backup is PostgreSQL's from start to stop, and abandoned
		// if this connection ends on the way.
		try (Connection connection = DriverManager.getConnection(details.getJdbcUrl(), details.getUsername(),
				details.getPassword()); Statement statement = connection.createStatement()) {
			statement.execute("select pg_backup_start('readout', true)");
			GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(out, fast);
			TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip);
			tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
			addDirectory(tar, directory, directory);
			String label;
			String lastSegment;
			try (ResultSet stop = statement
				.executeQuery("select labelfile, pg_walfile_name(lsn) from pg_backup_stop(false)")) {
				stop.next();
				label = stop.getString(1);
				lastSegment = stop.getString(2);
			}
			addText(tar, "backup_label", label);
			addLogWrittenDuringTheBackup(tar, directory, firstSegment(label), lastSegment);
			tar.finish();
			gzip.finish();
		}
		catch (SQLException ex) {
			throw new IOException("PostgreSQL refused the backup", ex);
		}
	}

	private static void addDirectory(TarArchiveOutputStream tar, Path root, Path directory) throws IOException {
		String name = root.relativize(directory).toString();
		TarArchiveEntry entry = new TarArchiveEntry(name.isEmpty() ? "./" : name + "/");
		entry.setMode(040700);
		tar.putArchiveEntry(entry);
		tar.closeArchiveEntry();
		if (EMPTIED_DIRECTORIES.contains(name)) {
			return;
		}
		List<Path> children;
		try (Stream<Path> listing = Files.list(directory)) {
			children = listing.sorted().toList();
		}
		for (Path child : children) {
			String childName = child.getFileName().toString();
			if (Files.isDirectory(child)) {
				addDirectory(tar, root, child);
			}
			else if (!(directory.equals(root) && RUNNING_SERVER_FILES.contains(childName))
					&& !childName.startsWith("pgsql_tmp")) {
				addFile(tar, root.relativize(child).toString(), child);
			}
		}
	}

	/**
	 * A file as long as it was when the backup came to it: one that grows or shrinks
	 * meanwhile is cut or padded, as {@code pg_basebackup} does, and the log replay
	 * repairs it. A table dropped meanwhile leaves nothing to copy, which is right.
	 */
	private static void addFile(TarArchiveOutputStream tar, String name, Path file) throws IOException {
		long size;
		InputStream in;
		try {
			size = Files.size(file);
			in = Files.newInputStream(file);
		}
		catch (NoSuchFileException dropped) {
			return;
		}
		try (in) {
			TarArchiveEntry entry = new TarArchiveEntry(name);
			entry.setMode(0100600);
			entry.setSize(size);
			tar.putArchiveEntry(entry);
			byte[] buffer = new byte[64 * 1024];
			long left = size;
			int read;
			while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
				tar.write(buffer, 0, read);
				left -= read;
			}
			Arrays.fill(buffer, (byte) 0);
			while (left > 0) {
				int padding = (int) Math.min(buffer.length, left);
				tar.write(buffer, 0, padding);
				left -= padding;
			}
			tar.closeArchiveEntry();
		}
	}

	private static void addLogWrittenDuringTheBackup(TarArchiveOutputStream tar, Path directory, String first,
			String last) throws IOException {
		List<Path> segments;
		try (Stream<Path> listing = Files.list(directory.resolve("pg_wal"))) {
			segments = listing.filter((file) -> SEGMENT.matcher(file.getFileName().toString()).matches())
				.filter((file) -> file.getFileName().toString().compareTo(first) >= 0
						&& file.getFileName().toString().compareTo(last) <= 0)
				.sorted()
				.toList();
		}
		for (Path segment : segments) {
			addFile(tar, "pg_wal/" + segment.getFileName(), segment);
		}
	}

	private static void addText(TarArchiveOutputStream tar, String name, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		TarArchiveEntry entry = new TarArchiveEntry(name);
		entry.setMode(0100600);
		entry.setSize(bytes.length);
		tar.putArchiveEntry(entry);
		tar.write(bytes);
		tar.closeArchiveEntry();
	}

	private static String firstSegment(String label) throws IOException {
		Matcher start = FIRST_SEGMENT.matcher(label);
		if (!start.find()) {
			throw new IOException("PostgreSQL's backup label names no first log segment: " + label);
		}
		return start.group(1);
	}

}
