package dev.readout.readout;

import dev.readout.vocabulary.StatementKind;
import java.util.List;

import dev.readout.audit.AuditTrail;
import dev.readout.audit.ReadableHistory;
import dev.readout.audit.Revision;
import dev.readout.form.ChangedMeanwhile;
import dev.readout.meeting.ArticleReading;
import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingRepository;
import dev.readout.vocabulary.Topic;
import dev.readout.vocabulary.TopicRepository;
import dev.readout.vocabulary.Sides;
import dev.readout.official.OfficialRepository;
import dev.readout.source.Source;
import dev.readout.source.SourceEditor;
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

/** The readout forms: add one to a meeting, revise it, delete it, and see its history. */
@Controller
class ReadoutEditorController {

	private final ReadoutEditor editor;

	private final MeetingRepository meetings;

	private final SourceRepository sources;

	private final TopicRepository topics;

	private final AuditTrail auditTrail;

	private final ReadableHistory readableHistory;

	private final ReadoutRepository readouts;

	private final SourceTexts texts;

	private final OfficialRepository officials;

	private final SourceEditor sourceEditor;

	ReadoutEditorController(ReadoutEditor editor, MeetingRepository meetings, SourceRepository sources,
			TopicRepository topics, AuditTrail auditTrail, ReadableHistory readableHistory, ReadoutRepository readouts,
			SourceTexts texts, OfficialRepository officials, SourceEditor sourceEditor) {
		this.sourceEditor = sourceEditor;
		this.texts = texts;
		this.officials = officials;
		this.readableHistory = readableHistory;
		this.readouts = readouts;
		this.editor = editor;
		this.meetings = meetings;
		this.sources = sources;
		this.topics = topics;
		this.auditTrail = auditTrail;
	}

	/**
	 * The form for a new statement, for the side asked for (an empty readout column's own
	 * link) or else the first side with no statement on record yet.
	 * @param fromSource an article on record to start from: the form comes filled with
	 * the words it quotes and the side of their speaker, for the analyst to check
	 */
	@GetMapping("/meetings/{meetingId}/readouts/new")
	String newReadout(@PathVariable long meetingId, @RequestParam(required = false) String side,
			@RequestParam(required = false) Long fromSource, Model model) {
		Meeting meeting = meeting(meetingId);
		String forSide = (side != null && Sides.PRIMARY.contains(side)) ? side : sideWithoutStatement(meetingId);
		if (fromSource == null) {
			return form(model, meeting, ReadoutForm.blank(forSide), null);
		}
		Source article = this.sources.findById(fromSource)
			.orElseThrow(() -> new NotFoundException("Source", fromSource));
		ArticleReading reading = ArticleReading.of(this.texts.of(fromSource), article.getPublishedOn(),
				this.officials.findAllByOrderByFullName());
		model.addAttribute("fromArticle", article);
		model.addAttribute("quotations", reading.quotations());
		return form(model, meeting, ReadoutForm.from(reading, article, forSide), null);
	}

	private boolean hasReadoutFrom(long meetingId, String side) {
		return this.readouts.countByMeetingAndSide(List.of(meetingId))
			.stream()
			.anyMatch(count -> count.side().equals(side));
	}

	private String sideWithoutStatement(long meetingId) {
		List<String> stated = this.readouts.countByMeetingAndSide(List.of(meetingId))
			.stream()
			.map(ReadoutCount::side)
			.toList();
		return Sides.PRIMARY.stream().filter(side -> !stated.contains(side)).findFirst().orElse(Sides.PRIMARY.get(0));
	}

	/**
	 * Adds a statement; a second official readout from a side that already has one on
	 * record is added only once the analyst confirms that it is not the same one again.
	 */
	@PostMapping("/meetings/{meetingId}/readouts")
	String add(@PathVariable long meetingId, @Valid @ModelAttribute("form") ReadoutForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean secondReadout, Model model, RedirectAttributes redirect) {
		Meeting meeting = meeting(meetingId);
		form.rejectInconsistencies(result, this.sourceEditor.atSameAddress(form.newSource()));
		if (!secondReadout && form.kind() == StatementKind.READOUT && hasReadoutFrom(meetingId, form.side())) {
			result.rejectValue("side", "readout.secondReadout");
			model.addAttribute("askSecondReadout", true);
		}
		if (result.hasErrors()) {
			return form(model, meeting, form, null);
		}
		Readout readout = this.editor.add(meetingId, form);
		redirect.addFlashAttribute("message", "readout.added");
		return "redirect:/meetings/" + meetingId + "#readout-" + readout.getId();
	}

	@GetMapping("/readouts/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Readout readout = this.editor.find(id);
		return form(model, readout.getMeeting(), ChangedMeanwhile.formToShow(model, ReadoutForm.from(readout)),
				readout);
	}

	@PostMapping("/readouts/{id}")
	String revise(@PathVariable long id, @Valid @ModelAttribute("form") ReadoutForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.rejectInconsistencies(result, this.sourceEditor.atSameAddress(form.newSource()));
		if (result.hasErrors()) {
			Readout current = this.editor.find(id);
			return form(model, current.getMeeting(), form, current);
		}
		Revision<Readout> revision = this.editor.revise(id, form);
		if (!revision.saved()) {
			return ChangedMeanwhile.backToForm(redirect, revision, form.startingFrom(revision.record().getVersion()),
					"/readouts/" + id + "/edit");
		}
		redirect.addFlashAttribute("message", "readout.saved");
		return "redirect:/meetings/" + revision.record().getMeeting().getId() + "#readout-" + id;
	}

	@GetMapping("/readouts/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("readout", this.editor.find(id));
		return "readout/delete";
	}

	@PostMapping("/readouts/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Readout readout = this.editor.delete(id);
		redirect.addFlashAttribute("message", "readout.deleted");
		return "redirect:/meetings/" + readout.getMeeting().getId();
	}

	@PostMapping("/admin/deleted/readouts/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		this.editor.restore(id);
		redirect.addFlashAttribute("message", "readout.restored");
		return "redirect:/admin/deleted";
	}

	@GetMapping("/readouts/{id}/history")
	String history(@PathVariable long id, Model model) {
		Readout readout = this.editor.find(id);
		model.addAttribute("subject", readout.getTitle());
		model.addAttribute("backTo", "/meetings/" + readout.getMeeting().getId() + "#readout-" + id);
		model.addAttribute("entries",
				this.readableHistory.of(this.auditTrail.historyOf(ReadoutEditor.AUDIT_SUBJECT, id)));
		return "audit/history";
	}

	private String form(Model model, Meeting meeting, ReadoutForm form, Readout readout) {
		model.addAttribute("form", form);
		model.addAttribute("readout", readout);
		// What the form offers: sides, kinds, topics (those the text names marked as
		// suggestions) and sources.
		List<Topic> topics = this.topics.findAllByOrderByName();
		String text = form.text();
		model.addAttribute("meeting", meeting);
		model.addAttribute("sides", Sides.PRIMARY);
		model.addAttribute("kinds", StatementKind.values());
		model.addAttribute("topics", topics);
		model.addAttribute("suggestedTopicIds",
				topics.stream().filter(topic -> topic.isNamedIn(text)).map(Topic::getId).toList());
		model.addAttribute("sources", this.sources.findCitableForMeeting(meeting.getId()));
		return "readout/form";
	}

	private Meeting meeting(long id) {
		return this.meetings.findById(id).orElseThrow(() -> new NotFoundException("Meeting", id));
	}

}
