package dev.readout.timeline;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TimelineController {

	private final Timeline timeline;

	TimelineController(Timeline timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/")
	String timeline(@RequestParam(defaultValue = "NEWEST") TimelineOrder order,
			@RequestParam(required = false) TimelineCursor after, Model model) {
		model.addAttribute("page", this.timeline.page(order, after));
		return "timeline/timeline";
	}

}
