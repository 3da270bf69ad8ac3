package dev.readout.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The whole audit trail, newest first, for admins. */
@Controller
class AuditLogController {

	static final int LINES_SHOWN = 500;

	private final AuditTrail trail;

	AuditLogController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/admin/audit")
	String log(Model model) {
		model.addAttribute("entries", this.trail.latest(LINES_SHOWN));
		return "audit/audit";
	}

}
