package dev.readout.official;

import java.util.Comparator;

import dev.readout.meeting.MeetingRepository;
import dev.readout.meeting.Sides;
import dev.readout.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class OfficialController {

	private final OfficialRepository officials;

	private final MeetingRepository meetings;

	OfficialController(OfficialRepository officials, MeetingRepository meetings) {
		this.officials = officials;
		this.meetings = meetings;
	}

	@GetMapping("/officials")
	String list(Model model) {
		model.addAttribute("officials",
				this.officials.findAllWithPositions()
					.stream()
					.sorted(Comparator.comparing(Official::getCountry, Sides.ORDER))
					.toList());
		return "official/officials";
	}

	/**
	 * The official's positions over time, and every meeting they took part in with the
	 * title they held then.
	 */
	@GetMapping("/officials/{id}")
	@Transactional(readOnly = true)
	String show(@PathVariable long id, Model model) {
		Official official = this.officials.findWithPositions(id)
			.orElseThrow(() -> new NotFoundException("Official", id));
		model.addAttribute("official", official);
		model.addAttribute("participations", this.meetings.findParticipations(id));
		return "official/official";
	}

}
