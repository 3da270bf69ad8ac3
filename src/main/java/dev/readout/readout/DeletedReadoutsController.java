package dev.readout.readout;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins see deleted readouts and can bring them back. */
@Controller
class DeletedReadoutsController {

	private final ReadoutRepository readouts;

	private final ReadoutEditor editor;

	DeletedReadoutsController(ReadoutRepository readouts, ReadoutEditor editor) {
		this.readouts = readouts;
		this.editor = editor;
	}

	@GetMapping("/admin/deleted")
	String list(Model model) {
		model.addAttribute("readouts", this.readouts.findDeleted());
		return "admin/deleted";
	}

	@PostMapping("/admin/deleted/readouts/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		this.editor.restore(id);
		redirect.addFlashAttribute("message", "readout.restored");
		return "redirect:/admin/deleted";
	}

}
