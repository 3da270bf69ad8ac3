package dev.readout.historian;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin → Import → Official records: analysts and admins import the Historian's files
 * (theirs, or the copy shipped with Readout) and decide on the matches proposed.
 */
@Controller
class HistorianImportController {

	private static final String PAGE = "redirect:/admin/import/historian";

	/** The Historian's files shipped with Readout (public domain; see their licences). */
	private static final String SHIPPED = "classpath:historian/*/*/*.xml";

	private final HistorianImport historianImport;

	private final Clock clock;

	HistorianImportController(HistorianImport historianImport, Clock clock) {
		this.historianImport = historianImport;
		this.clock = clock;
	}

	@GetMapping("/admin/import/historian")
	String page(Model model) {
		model.addAttribute("matches", this.historianImport.proposedMatches());
		return "historian/import";
	}

	@PostMapping("/admin/import/historian")
	String importFiles(@RequestParam("files") List<MultipartFile> files, RedirectAttributes redirect)
			throws IOException {
		return importing(() -> {
			List<HistorianEntry> entries = new ArrayList<>();
			for (MultipartFile file : files) {
				try (InputStream in = file.getInputStream()) {
					entries.addAll(HistorianFiles.read(file.getOriginalFilename(), in));
				}
			}
			return entries;
		}, redirect);
	}

	@PostMapping("/admin/import/historian/shipped")
	String importShipped(RedirectAttributes redirect) throws IOException {
		return importing(() -> {
			List<HistorianEntry> entries = new ArrayList<>();
			for (Resource file : new PathMatchingResourcePatternResolver().getResources(SHIPPED)) {
				try (InputStream in = file.getInputStream()) {
					entries.addAll(HistorianFiles.read(file.getFilename(), in));
				}
			}
			return entries;
		}, redirect);
	}

	@PostMapping("/admin/import/historian/{recordId}/confirm")
	String confirm(@PathVariable long recordId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldTo,
			@RequestParam(required = false) String heldTitle, RedirectAttributes redirect) {
		HistorianImport.Held held = (heldFrom != null && heldTitle != null && !heldTitle.isBlank())
				? new HistorianImport.Held(heldTitle.strip(), heldFrom, heldTo) : null;
		Optional<String> problem = (held != null) ? held.problem(LocalDate.now(this.clock)) : Optional.empty();
		if (problem.isPresent()) {
			redirect.addFlashAttribute("heldRefused", problem.get());
			return PAGE;
		}
		this.historianImport.confirm(recordId, held);
		redirect.addFlashAttribute("message", "historian.match.confirmed");
		return PAGE;
	}

	@PostMapping("/admin/import/historian/{recordId}/separate")
	String separate(@PathVariable long recordId, RedirectAttributes redirect) {
		this.historianImport.separate(recordId);
		redirect.addFlashAttribute("message", "historian.match.separated");
		return PAGE;
	}

	/**
	 * Every file is read before anything is imported: a refused file leaves the record as
	 * it was.
	 */
	private String importing(Files files, RedirectAttributes redirect) throws IOException {
		try {
			redirect.addFlashAttribute("report", this.historianImport.importEntries(files.read()));
		}
		catch (UnreadableHistorianFile refused) {
			redirect.addFlashAttribute("refused",
					new Refusal(refused.fileName(), refused.line(), refused.reason(), refused.detail()));
		}
		return PAGE;
	}

	@FunctionalInterface
	private interface Files {

		List<HistorianEntry> read() throws IOException;

	}

	record Refusal(String fileName, int line, String reason, String detail) implements Serializable {
	}

}
