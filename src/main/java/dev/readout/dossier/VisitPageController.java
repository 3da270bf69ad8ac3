package dev.readout.dossier;

import java.time.LocalDate;
import java.util.List;

import dev.readout.agreement.AgreementRepository;
import dev.readout.meeting.Meeting;
import dev.readout.meeting.Visit;
import dev.readout.meeting.VisitRepository;
import dev.readout.timeline.Timeline;
import dev.readout.timeline.TimelineEntry;
import dev.readout.timeline.TimelineFilter;
import dev.readout.timeline.TimelineOrder;
import dev.readout.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A visit's page: its span, its meetings in order with their readouts per side, the
 * agreements made during it, and its summary as a PDF.
 */
@Controller
class VisitPageController {

	/** More meetings than a visit holds. */
	private static final int MEETINGS = 200;

	private final VisitRepository visits;

	private final Timeline timeline;

	private final AgreementRepository agreements;

	VisitPageController(VisitRepository visits, Timeline timeline, AgreementRepository agreements) {
		this.visits = visits;
		this.timeline = timeline;
		this.agreements = agreements;
	}

	@GetMapping("/visits/{id}")
	@Transactional(readOnly = true)
	String visit(@PathVariable long id, Model model) {
		Visit visit = this.visits.findById(id).orElseThrow(() -> new NotFoundException("Visit", id));
		List<TimelineEntry> meetings = this.timeline
			.page(TimelineFilter.ofVisit(id), TimelineOrder.OLDEST, null, MEETINGS)
			.months()
			.stream()
			.flatMap(month -> month.entries().stream())
			.toList();
		model.addAttribute("visit", visit);
		model.addAttribute("meetings", meetings);
		model.addAttribute("span", Span.of(meetings.stream().map(TimelineEntry::meeting).toList()));
		model.addAttribute("agreements",
				this.agreements.findByMeetings(meetings.stream().map(entry -> entry.meeting().getId()).toList()));
		return "dossier/visit";
	}

	/**
	 * The first and last day of a visit's meetings, as far as their dates are known to
	 * the day.
	 */
	record Span(LocalDate first, LocalDate last) {

		static Span of(List<Meeting> meetings) {
			List<Meeting> dated = meetings.stream().filter(meeting -> meeting.getStart().isExactDay()).toList();
			if (dated.isEmpty()) {
				return null;
			}
			return new Span(
					dated.stream().map(meeting -> meeting.getStart().date()).min(LocalDate::compareTo).orElseThrow(),
					dated.stream()
						.map(meeting -> (meeting.getEndDate() != null) ? meeting.getEndDate()
								: meeting.getStart().date())
						.max(LocalDate::compareTo)
						.orElseThrow());
		}

	}

}
