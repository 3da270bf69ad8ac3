package dev.readout.readout;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ReadoutComparisonController {

	private final ReadoutComparison comparison;

	ReadoutComparisonController(ReadoutComparison comparison) {
		this.comparison = comparison;
	}

	@GetMapping("/meetings/{id}/compare")
	String compare(@PathVariable long id, Model model) {
		model.addAttribute("comparison", this.comparison.compare(id));
		return "readout/compare";
	}

}
