package dev.readout.dossier;

import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingRepository;
import dev.readout.audit.AuditTrail;
import dev.readout.audit.ReadableHistory;
import dev.readout.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class MeetingController {

	private final MeetingPages pages;

	private final MeetingRepository meetings;

	private final AuditTrail auditTrail;

	private final ReadableHistory readableHistory;

	MeetingController(MeetingPages pages, MeetingRepository meetings, AuditTrail auditTrail,
			ReadableHistory readableHistory) {
		this.readableHistory = readableHistory;
		this.pages = pages;
		this.meetings = meetings;
		this.auditTrail = auditTrail;
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("page", this.pages.load(id));
		return "dossier/meeting";
	}

	/**
	 * The changes to the meeting and to its readouts and agreements, deleted ones
	 * included.
	 */
	@GetMapping("/meetings/{id}/history")
	String history(@PathVariable long id, Model model) {
		Meeting meeting = this.meetings.findById(id).orElseThrow(() -> new NotFoundException("Meeting", id));
		model.addAttribute("subject", meeting.getTitle());
		model.addAttribute("backTo", "/meetings/" + id);
		model.addAttribute("entries", this.readableHistory.of(this.auditTrail.historyOfMeeting(id)));
		return "audit/history";
	}

}
