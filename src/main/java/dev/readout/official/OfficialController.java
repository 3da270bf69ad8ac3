package dev.readout.official;

import dev.readout.audit.Revision;
import dev.readout.form.ChangedMeanwhile;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.readout.source.Source;
import dev.readout.source.SourceRepository;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The official forms: add an official, revise their name and positions. */
@Controller
class OfficialController {

	private final OfficialEditor editor;

	private final SourceRepository sources;

	OfficialController(OfficialEditor editor, SourceRepository sources) {
		this.editor = editor;
		this.sources = sources;
	}

	@GetMapping("/officials/new")
	String newOfficial(Model model) {
		return form(model, OfficialForm.blank(), null);
	}

	@PostMapping("/officials")
	String create(@Valid @ModelAttribute("form") OfficialForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.rejectInconsistencies(result);
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		Official official = this.editor.create(form);
		redirect.addFlashAttribute("message", "official.created");
		return "redirect:/officials/" + official.getId();
	}

	@GetMapping("/officials/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Official official = this.editor.find(id);
		return form(model, ChangedMeanwhile.formToShow(model, OfficialForm.from(official)).withBlankPositionRows(),
				official);
	}

	@PostMapping("/officials/{id}")
	String revise(@PathVariable long id, @Valid @ModelAttribute("form") OfficialForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.rejectInconsistencies(result);
		if (result.hasErrors()) {
			return form(model, form, this.editor.find(id));
		}
		Revision<Official> revision = this.editor.revise(id, form);
		if (!revision.saved()) {
			return ChangedMeanwhile.backToForm(redirect, revision, form.startingFrom(revision.record().getVersion()),
					"/officials/" + id + "/edit");
		}
		redirect.addFlashAttribute("message", "official.saved");
		return "redirect:/officials/" + id;
	}

	private String form(Model model, OfficialForm form, Official official) {
		// The latest sources, and those the positions cite already.
		Map<Long, Source> choices = new LinkedHashMap<>();
		this.sources.findAllById(form.citedSourceIds()).forEach(source -> choices.put(source.getId(), source));
		this.sources.findFirst20ByOrderByIdDesc().forEach(source -> choices.putIfAbsent(source.getId(), source));
		model.addAttribute("form", form);
		model.addAttribute("official", official);
		model.addAttribute("sources", choices.values());
		return "official/form";
	}

}
