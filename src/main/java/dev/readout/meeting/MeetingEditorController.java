package dev.readout.meeting;

import dev.readout.vocabulary.Sides;
import dev.readout.vocabulary.StatementKind;
import dev.readout.vocabulary.TopicRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dev.readout.audit.Revision;
import dev.readout.channel.ChannelRepository;
import dev.readout.form.ChangedMeanwhile;
import dev.readout.official.OfficialRepository;
import dev.readout.source.Source;
import dev.readout.source.SourceRepository;
import dev.readout.source.SourceTexts;
import dev.readout.web.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meeting forms: record a new contact, revise one, delete it; admins restore deleted
 * ones.
 */
@Controller
class MeetingEditorController {

	private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

	private final MeetingEditor editor;

	private final VisitRepository visits;

	private final ChannelRepository channels;

	private final TopicRepository topics;

	private final OfficialRepository officials;

	private final SourceRepository sources;

	private final SourceTexts texts;

	private final Clock clock;

	MeetingEditorController(MeetingEditor editor, VisitRepository visits, ChannelRepository channels,
			TopicRepository topics, OfficialRepository officials, SourceRepository sources, SourceTexts texts,
			Clock clock) {
		this.clock = clock;
		this.editor = editor;
		this.visits = visits;
		this.channels = channels;
		this.topics = topics;
		this.officials = officials;
		this.sources = sources;
		this.texts = texts;
	}

	/**
	 * @param fromSource an article on record to start from: the form comes filled with
	 * what it names, for the analyst to check
	 */
	@GetMapping("/meetings/new")
	String newMeeting(@RequestParam(required = false) Long fromSource, Model model) {
		if (fromSource == null) {
			return form(model, MeetingForm.blank(), null);
		}
		Source article = this.sources.findById(fromSource)
			.orElseThrow(() -> new NotFoundException("Source", fromSource));
		ArticleReading reading = ArticleReading.of(this.texts.of(fromSource), article.getPublishedOn(),
				this.officials.findAllByOrderByFullName());
		model.addAttribute("fromArticle", article);
		return form(model, MeetingForm.from(reading, fromSource), null);
	}

	@PostMapping("/meetings")
	String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.rejectInconsistencies(result, this.officials.findPrivatePersonIds(), LocalDate.now(this.clock));
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		Meeting meeting = this.editor.create(form);
		redirect.addFlashAttribute("message", "meeting.created");
		return "redirect:/meetings/" + meeting.getId();
	}

	@GetMapping("/meetings/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Meeting meeting = this.editor.findForEditing(id);
		return form(model, ChangedMeanwhile.formToShow(model, MeetingForm.from(meeting)).withBlankParticipantRows(),
				meeting);
	}

	@PostMapping("/meetings/{id}")
	String revise(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.rejectInconsistencies(result, this.officials.findPrivatePersonIds(), LocalDate.now(this.clock));
		if (result.hasErrors()) {
			return form(model, form, this.editor.findForEditing(id));
		}
		Revision<Meeting> revision = this.editor.revise(id, form);
		if (!revision.saved()) {
			return ChangedMeanwhile.backToForm(redirect, revision, form.startingFrom(revision.record().getVersion()),
					"/meetings/" + id + "/edit");
		}
		redirect.addFlashAttribute("message", "meeting.saved");
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/meetings/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("meeting", this.editor.findForEditing(id));
		return "meeting/delete";
	}

	@PostMapping("/meetings/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.editor.delete(id);
		redirect.addFlashAttribute("message", "meeting.deleted");
		return "redirect:/";
	}

	@PostMapping("/admin/deleted/meetings/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		this.editor.restore(id);
		redirect.addFlashAttribute("message", "meeting.restored");
		return "redirect:/admin/deleted";
	}

	private String form(Model model, MeetingForm form, Meeting meeting) {
		model.addAttribute("form", form);
		model.addAttribute("meeting", meeting);
		model.addAttribute("formats", MeetingFormat.values());
		model.addAttribute("statuses", MeetingStatus.values());
		model.addAttribute("levels", MeetingLevel.values());
		model.addAttribute("eventCodes", EventCode.values());
		model.addAttribute("roles", ParticipantRole.values());
		model.addAttribute("kinds", StatementKind.spoken());
		model.addAttribute("sides", Sides.PRIMARY);
		model.addAttribute("timeZones", TIME_ZONES);
		model.addAttribute("visits", this.visits.findAllByOrderByTitle());
		model.addAttribute("channels", this.channels.findAllByOrderByPositionAscNameAsc());
		model.addAttribute("topics", this.topics.findAllByOrderByName());
		model.addAttribute("officials", this.officials.findAllByOrderByFullName());
		model.addAttribute("sources", (meeting != null) ? this.sources.findCitableForMeeting(meeting.getId())
				: this.sources.findFirst20ByOrderByIdDesc());
		return "meeting/form";
	}

}
