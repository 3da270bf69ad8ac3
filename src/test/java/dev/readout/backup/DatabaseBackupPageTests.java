package dev.readout.backup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.readout.PageTest;
import dev.readout.Pages;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.readout.SignedIn.admin;
import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admins download a backup of the whole embedded database from the record archive page.
 */
@PageTest
class DatabaseBackupPageTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void givesAdminsTheWholeDatabaseAsOneFile() throws IOException {
		assertThat(Pages.parse(this.mvc.get().uri("/admin/import").with(admin()).exchange())
			.select("a[href=/admin/backup/readout-database.tar.gz]")
			.text()).isEqualTo("Download a backup of the database (.tar.gz)");

		MvcTestResult backup = this.mvc.get()
			.uri("/admin/backup/readout-database.tar.gz")
			.with(admin())
			.exchange(Duration.ofMinutes(1));
		assertThat(backup).hasStatusOk().hasHeader("Content-Type", "application/gzip");
		assertThat(backup.getResponse().getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"readout-database-");
		assertThat(entries(backup.getResponse().getContentAsByteArray()))
			.contains("PG_VERSION", "backup_label", "readout-database-password")
			.doesNotContain("postmaster.pid")
			.anyMatch((name) -> name.startsWith("pg_wal/0000"));
	}

	@Test
	void isForAdminsOnly() {
		assertThat(this.mvc.get().uri("/admin/backup/readout-database.tar.gz").with(analyst())).hasStatus(403);
		assertThat(this.mvc.get().uri("/admin/backup/readout-database.tar.gz")).hasStatus3xxRedirection();
	}

	private static List<String> entries(byte[] archive) throws IOException {
		List<String> names = new ArrayList<>();
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new GzipCompressorInputStream(new ByteArrayInputStream(archive)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				names.add(entry.getName());
			}
		}
		return names;
	}

}
