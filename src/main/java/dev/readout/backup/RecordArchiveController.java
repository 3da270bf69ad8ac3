package dev.readout.backup;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;

import dev.readout.account.Role;
import dev.readout.database.EmbeddedPostgresServer;
import jakarta.servlet.http.HttpServletRequest;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Download the whole record as JSON; admins load such an archive into a new, empty
 * installation.
 */
@Controller
class RecordArchiveController {

	private final RecordArchive archive;

	private final Clock clock;

	private final ObjectProvider<EmbeddedPostgresServer> embeddedServer;

	RecordArchiveController(RecordArchive archive, Clock clock, ObjectProvider<EmbeddedPostgresServer> embeddedServer) {
		this.archive = archive;
		this.embeddedServer = embeddedServer;
		this.clock = clock;
	}

	/**
	 * @param full with deleted meetings and statements and who deleted them: a full
	 * backup, for admins only
	 */
	@GetMapping("/record.json")
	void download(@RequestParam(defaultValue = "false") boolean full, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (full && !request.isUserInRole(Role.ADMIN.name())) {
			throw new AccessDeniedException("A full backup is for admins");
		}
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("readout-record-" + (full ? "full-" : "") + LocalDate.now(this.clock) + ".json")
					.build()
					.toString());
		this.archive.export(response.getOutputStream(), full);
	}

	@GetMapping("/admin/import")
	String importForm(Model model) {
		model.addAttribute("embeddedDatabase", this.embeddedServer.getIfAvailable() != null);
		return "backup/import";
	}

	@PostMapping("/admin/import")
	String load(@RequestParam("archive") MultipartFile file, RedirectAttributes redirect) throws IOException {
		try (InputStream in = file.getInputStream()) {
			this.archive.load(in);
		}
		catch (RecordArchive.ArchiveRefused refused) {
			redirect.addFlashAttribute("archiveRefused", refused.reason());
			redirect.addFlashAttribute("archiveRefusedArguments", refused.arguments());
			return "redirect:/admin/import";
		}
		redirect.addFlashAttribute("message", "archive.loaded");
		return "redirect:/";
	}

}
