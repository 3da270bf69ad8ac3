package dev.readout.meeting;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class MeetingController {

	private final MeetingPages pages;

	MeetingController(MeetingPages pages) {
		this.pages = pages;
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("page", this.pages.load(id));
		return "meeting/meeting";
	}

}
