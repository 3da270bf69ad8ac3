package dev.readout.backup;

import dev.readout.database.EmbeddedPostgresServer;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

	private final JsonMapper json;

	private final Clock clock;

	private final ObjectProvider<EmbeddedPostgresServer> embeddedServer;

	RecordArchiveController(RecordArchive archive, JsonMapper json, Clock clock,
			ObjectProvider<EmbeddedPostgresServer> embeddedServer) {
		this.archive = archive;
		this.embeddedServer = embeddedServer;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/record.json")
	void download(HttpServletResponse response) throws IOException {
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("readout-record-" + LocalDate.now(this.clock) + ".json")
					.build()
					.toString());
		this.json.writeValue(response.getOutputStream(), this.archive.export());
	}

	@GetMapping("/admin/import")
	String importForm(Model model) {
		model.addAttribute("embeddedDatabase", this.embeddedServer.getIfAvailable() != null);
		return "backup/import";
	}

	@PostMapping("/admin/import")
	String load(@RequestParam("archive") MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			this.archive.load(this.json.readTree(file.getInputStream()));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("message", "archive.unreadable");
			return "redirect:/admin/import";
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("message", "archive.notEmpty");
			return "redirect:/admin/import";
		}
		redirect.addFlashAttribute("message", "archive.loaded");
		return "redirect:/";
	}

}
