package dev.readout.agreement;

import dev.readout.vocabulary.TopicRepository;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AgreementTrackerController {

	private final AgreementTracker tracker;

	private final TopicRepository topics;

	AgreementTrackerController(AgreementTracker tracker, TopicRepository topics) {
		this.tracker = tracker;
		this.topics = topics;
	}

	@GetMapping("/agreements")
	String track(@RequestParam(required = false) AgreementStatus status, @RequestParam(required = false) Long topic,
			Model model) {
		model.addAttribute("groups", this.tracker.track(status, topic));
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("topics", this.topics.findAllByOrderByName());
		model.addAttribute("status", status);
		model.addAttribute("topic", topic);
		return "agreement/agreements";
	}

}
