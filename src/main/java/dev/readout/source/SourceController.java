package dev.readout.source;

import dev.readout.audit.Revision;
import dev.readout.form.ChangedMeanwhile;
import java.io.IOException;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sources on record, and the forms to add them, correct them and mark copies. */
@Controller
class SourceController {

	private final SourceRepository sources;

	private final SourceEditor editor;

	private final CitedPassages passages;

	SourceController(SourceRepository sources, SourceEditor editor, CitedPassages passages) {
		this.passages = passages;
		this.sources = sources;
		this.editor = editor;
	}

	@GetMapping("/sources")
	String list(Model model) {
		model.addAttribute("sources", this.sources.findAllWithOriginals());
		return "source/sources";
	}

	@GetMapping("/sources/new")
	String newSource(Model model) {
		return form(model, SourceForm.blank(), null);
	}

	/**
	 * Reads an article from a file into the new-source form, for the analyst to check and
	 * complete before saving; nothing is saved here.
	 */
	@PostMapping("/sources/new/file")
	String readFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		SourceForm form;
		try {
			form = SourceForm.from(ArticleFile.read(file.getOriginalFilename(), file.getBytes()));
		}
		catch (ArticleFile.Unreadable refused) {
			model.addAttribute("fileRefused", refused.reason());
			form = SourceForm.blank();
		}
		return form(model, form, null);
	}

	/**
	 * The analyst's verdict on a pair Readout proposed: independent reports, not copies.
	 */
	@PostMapping("/sources/{id}/independent-of/{otherId}")
	String judgeIndependent(@PathVariable long id, @PathVariable long otherId, RedirectAttributes redirect) {
		this.editor.judgeIndependent(id, otherId);
		redirect.addFlashAttribute("message", "source.judgedIndependent");
		return "redirect:/sources/" + id;
	}

	/**
	 * Cites a passage of the article's text for one of the records that cite it. A
	 * passage that is not in the text, or a record that does not cite the article, is
	 * refused with the reason next to the field, and the analyst's passage comes back to
	 * be corrected.
	 * @param citedBy the citing record, as MEETING:7, STATEMENT:12 or AGREEMENT:3
	 */
	@PostMapping("/sources/{id}/passages")
	String citePassage(@PathVariable long id, @RequestParam String citedBy, @RequestParam String passage,
			RedirectAttributes redirect) {
		this.editor.find(id);
		String[] record = citedBy.split(":", 2);
		Long recordId = (record.length == 2 && record[1].matches("\\d{1,18}")) ? Long.valueOf(record[1]) : null;
		Optional<String> problem = (recordId != null) ? this.passages.problemWith(id, record[0], recordId, passage)
				: Optional.of("source.passage.notCiting");
		if (problem.isPresent()) {
			redirect.addFlashAttribute("passageProblem", problem.get());
			redirect.addFlashAttribute("passageTyped", passage);
			redirect.addFlashAttribute("passageCitedBy", citedBy);
			return "redirect:/sources/" + id + "#cite-passage";
		}
		this.passages.cite(id, record[0], recordId, passage);
		redirect.addFlashAttribute("message", "source.passage.cited");
		return "redirect:/sources/" + id + "#passages";
	}

	@PostMapping("/sources")
	String create(@Valid @ModelAttribute("form") SourceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.rejectInconsistencies(result, null, this.editor.onRecord(form));
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		Source source = this.editor.create(form);
		redirect.addFlashAttribute("message", "source.created");
		return "redirect:/sources/" + source.getId();
	}

	/**
	 * @param copyOf an original to mark the source a copy (or, with {@code kind}, another
	 * edition) of, as the source's page proposes; the analyst confirms by saving
	 */
	@GetMapping("/sources/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(required = false) Long copyOf,
			@RequestParam(defaultValue = "COPY") CopyKind kind, Model model) {
		Source source = this.editor.find(id);
		SourceForm onRecord = this.editor.withText(source);
		return form(model,
				ChangedMeanwhile.formToShow(model, (copyOf != null) ? onRecord.copyOf(copyOf, kind) : onRecord),
				source);
	}

	@PostMapping("/sources/{id}")
	String revise(@PathVariable long id, @Valid @ModelAttribute("form") SourceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.rejectInconsistencies(result, id, this.editor.onRecord(form));
		if (result.hasErrors()) {
			return form(model, form, this.editor.find(id));
		}
		Revision<Source> revision = this.editor.revise(id, form);
		if (!revision.saved()) {
			return ChangedMeanwhile.backToForm(redirect, revision, form.startingFrom(revision.record().getVersion()),
					"/sources/" + id + "/edit");
		}
		redirect.addFlashAttribute("message", "source.saved");
		return "redirect:/sources/" + id;
	}

	private String form(Model model, SourceForm form, Source source) {
		model.addAttribute("form", form);
		model.addAttribute("source", source);
		model.addAttribute("copyKinds", CopyKind.values());
		model.addAttribute("originals",
				this.sources.findAllWithOriginals().stream().filter(other -> other.getCopyOf() == null).toList());
		return "source/form";
	}

}
