package dev.readout.dossier;

import java.util.List;

import dev.readout.source.CitedPassages;
import dev.readout.source.CopyCandidates;
import dev.readout.source.Source;
import dev.readout.source.SourceEditor;
import dev.readout.source.SourceRepository;
import dev.readout.source.SourceTexts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A source's own page: what it is, its text when on record, its copies, the copies and
 * editions Readout finds among the texts on record, and everything that cites it.
 */
@Controller
class SourcePageController {

	private final SourceEditor sources;

	private final SourceRepository repository;

	private final SourceTexts texts;

	private final CitingRecords citing;

	private final CopyCandidates candidates;

	private final CitedPassages passages;

	SourcePageController(SourceEditor sources, SourceRepository repository, SourceTexts texts, CitingRecords citing,
			CopyCandidates candidates, CitedPassages passages) {
		this.passages = passages;
		this.sources = sources;
		this.repository = repository;
		this.texts = texts;
		this.citing = citing;
		this.candidates = candidates;
	}

	@GetMapping("/sources/{id}")
	String show(@PathVariable long id, Model model) {
		Source source = this.sources.find(id);
		model.addAttribute("source", source);
		String text = this.texts.of(id);
		List<CitedPassages.Passage> passages = this.passages.ofSource(id);
		model.addAttribute("text", text);
		model.addAttribute("markedText", CitedPassages.marked(text, passages));
		model.addAttribute("passages", passages);
		model.addAttribute("copies", this.repository.findByCopyOfIdOrderById(id));
		List<CitingRecords.CitingRecord> citing = this.citing.of(id);
		model.addAttribute("citing", citing);
		model.addAttribute("citable", citing.stream().filter(CitingRecords.CitingRecord::citesPassages).toList());
		model.addAttribute("candidates", this.candidates.of(id));
		return "dossier/source";
	}

}
