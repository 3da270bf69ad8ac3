package dev.readout.readout;

import dev.readout.meeting.MeetingRepository;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins see deleted meetings and readouts, with who deleted them and when, and can bring
 * them back.
 */
@Controller
class DeletedRecordsController {

	private final ReadoutRepository readouts;

	private final MeetingRepository meetings;

	private final ReadoutEditor readoutEditor;

	DeletedRecordsController(ReadoutRepository readouts, MeetingRepository meetings, ReadoutEditor readoutEditor) {
		this.readouts = readouts;
		this.meetings = meetings;
		this.readoutEditor = readoutEditor;
	}

	@GetMapping("/admin/deleted")
	String list(Model model) {
		model.addAttribute("meetings", this.meetings.findDeleted());
		model.addAttribute("readouts", this.readouts.findDeleted());
		return "admin/deleted";
	}

	@PostMapping("/admin/deleted/readouts/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		this.readoutEditor.restore(id);
		redirect.addFlashAttribute("message", "readout.restored");
		return "redirect:/admin/deleted";
	}

}
