package dev.readout.backup;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.readout.database.DataDirectoryBackup;
import dev.readout.database.EmbeddedPostgresServer;
import dev.readout.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A backup of the whole embedded database (record, accounts, sessions, audit trail),
 * streamed to the admin who asks for it while Readout keeps serving. With a database
 * server of its own, that server's backups are the way, and there is nothing here.
 */
@Controller
class DatabaseBackupController {

	private static final Logger log = LoggerFactory.getLogger(DatabaseBackupController.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm'Z'");

	private final ObjectProvider<EmbeddedPostgresServer> embeddedServer;

	private final Clock clock;

	DatabaseBackupController(ObjectProvider<EmbeddedPostgresServer> embeddedServer, Clock clock) {
		this.embeddedServer = embeddedServer;
		this.clock = clock;
	}

	@GetMapping("/admin/backup/readout-database.tar.gz")
	ResponseEntity<StreamingResponseBody> download(Principal principal) {
		EmbeddedPostgresServer server = this.embeddedServer.getIfAvailable();
		if (server == null) {
			throw new NotFoundException("Embedded database", "backup");
		}
		String name = "readout-database-" + LocalDateTime.now(this.clock.withZone(ZoneOffset.UTC)).format(STAMP)
				+ ".tar.gz";
		log.info("{} is taking a backup of the embedded database ({})", principal.getName(), name);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/gzip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body((out) -> DataDirectoryBackup.write(server, out));
	}

}
