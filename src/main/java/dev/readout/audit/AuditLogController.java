package dev.readout.audit;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The audit trail for admins, newest first, a page at a time, filtered by person, action,
 * record and days.
 */
@Controller
class AuditLogController {

	static final int LINES_PER_PAGE = 100;

	private final AuditTrail trail;

	AuditLogController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/admin/audit")
	String log(@ModelAttribute("filter") AuditFilter filter, Model model) {
		List<AuditEntry> entries = this.trail.find(filter, LINES_PER_PAGE + 1);
		boolean more = entries.size() > LINES_PER_PAGE;
		List<AuditEntry> shown = more ? entries.subList(0, LINES_PER_PAGE) : entries;
		model.addAttribute("entries", shown);
		model.addAttribute("olderPage", more ? filter.olderThan(shown.get(shown.size() - 1).id()) : null);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("subjectTypes", AuditFilter.SUBJECT_TYPES);
		return "audit/audit";
	}

}
