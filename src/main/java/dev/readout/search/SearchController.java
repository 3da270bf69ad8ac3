package dev.readout.search;

import dev.readout.form.FormText;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	/** Longer than anyone types; a pasted page of text is not a search. */
	static final int MAX_WORDS_LENGTH = 200;

	private final RecordSearch search;

	SearchController(RecordSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, Model model) {
		String words = FormText.orNull(q);
		model.addAttribute("q", (q != null) ? q : "");
		if (words != null && words.length() > MAX_WORDS_LENGTH) {
			model.addAttribute("tooLong", MAX_WORDS_LENGTH);
		}
		else if (words != null) {
			model.addAttribute("results", this.search.search(words));
		}
		return "search/search";
	}

}
