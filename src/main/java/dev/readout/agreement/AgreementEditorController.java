package dev.readout.agreement;

import java.time.LocalDate;

import dev.readout.audit.Revision;
import dev.readout.form.ChangedMeanwhile;
import dev.readout.meeting.Meeting;
import dev.readout.vocabulary.StatementKind;
import dev.readout.meeting.MeetingRepository;
import dev.readout.source.SourceEditor;
import dev.readout.source.SourceRepository;
import dev.readout.form.FormText;
import dev.readout.web.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding agreements to a meeting, and recording how their status changes over time. */
@Controller
class AgreementEditorController {

	private final AgreementEditor editor;

	private final MeetingRepository meetings;

	private final SourceRepository sources;

	private final SourceEditor sourceEditor;

	AgreementEditorController(AgreementEditor editor, MeetingRepository meetings, SourceRepository sources,
			SourceEditor sourceEditor) {
		this.editor = editor;
		this.sourceEditor = sourceEditor;
		this.meetings = meetings;
		this.sources = sources;
	}

	@GetMapping("/meetings/{meetingId}/agreements/new")
	String newAgreement(@PathVariable long meetingId, Model model) {
		Meeting meeting = meeting(meetingId);
		// Most agreements date from the meeting itself, when its day is known.
		return form(model, meeting,
				AgreementForm.blank(meeting.getStart().isExactDay() ? meeting.getStart().date() : null));
	}

	@PostMapping("/meetings/{meetingId}/agreements")
	String add(@PathVariable long meetingId, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Meeting meeting = meeting(meetingId);
		rejectInconsistencies(form.firstStatus(), result, "firstStatus.");
		if (result.hasErrors()) {
			return form(model, meeting, form);
		}
		Agreement agreement = this.editor.add(meetingId, form);
		redirect.addFlashAttribute("message", "agreement.added");
		return "redirect:/meetings/" + meetingId + "#agreement-" + agreement.getId();
	}

	@GetMapping("/agreements/{id}/status")
	String statusForm(@PathVariable long id, Model model) {
		Agreement agreement = this.editor.find(id);
		model.addAttribute("form", ChangedMeanwhile.formToShow(model, StatusChangeForm.next(agreement)));
		return statusPage(model, agreement);
	}

	@PostMapping("/agreements/{id}/status")
	String changeStatus(@PathVariable long id, @Valid @ModelAttribute("form") StatusChangeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Agreement agreement = this.editor.find(id);
		rejectInconsistencies(form, result, "");
		LocalDate changedOn = FormText.date(form.changedOn());
		if (changedOn != null && changedOn.isBefore(agreement.lastChangedOn())) {
			result.rejectValue("changedOn", "agreement.changedOn.beforeLast",
					new Object[] { agreement.lastChangedOn().toString() }, null);
		}
		if (result.hasErrors()) {
			return statusPage(model, agreement);
		}
		Revision<Agreement> revision = this.editor.changeStatus(id, form);
		if (!revision.saved()) {
			return ChangedMeanwhile.backToForm(redirect, revision, form.startingFrom(revision.record().getVersion()),
					"/agreements/" + id + "/status");
		}
		redirect.addFlashAttribute("message", "agreement.statusChanged");
		return "redirect:/meetings/" + agreement.getMeeting().getId() + "#agreement-" + id;
	}

	/**
	 * A claim in a statement names who made it; evidence is either a source on record or
	 * a new one (at an address not on record), not both.
	 */
	private void rejectInconsistencies(StatusChangeForm form, Errors errors, String path) {
		form.claim().rejectIfUnclaimed(errors, path + "claim");
		form.newSource()
			.rejectInconsistencies(errors, path + "newSource", this.sourceEditor.atSameAddress(form.newSource()));
		if (form.sourceId() != null && form.newSource().isStarted()) {
			errors.rejectValue(path + "sourceId", "agreement.source.both");
		}
	}

	private String form(Model model, Meeting meeting, AgreementForm form) {
		model.addAttribute("form", form);
		model.addAttribute("meeting", meeting);
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("kinds", StatementKind.spoken());
		model.addAttribute("sources", this.sources.findCitableForMeeting(meeting.getId()));
		return "agreement/form";
	}

	private String statusPage(Model model, Agreement agreement) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("meeting", agreement.getMeeting());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("kinds", StatementKind.spoken());
		model.addAttribute("sources", this.sources.findCitableForMeeting(agreement.getMeeting().getId()));
		return "agreement/status";
	}

	private Meeting meeting(long id) {
		return this.meetings.findById(id).orElseThrow(() -> new NotFoundException("Meeting", id));
	}

}
