package dev.readout.dossier;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.List;

import dev.readout.meeting.MeetingRepository;
import dev.readout.meeting.Participant;
import dev.readout.official.Official;
import dev.readout.official.OfficialRepository;
import dev.readout.vocabulary.Sides;
import dev.readout.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The officials on record, and each official's page with the meetings they took part in.
 */
@Controller
class OfficialPageController {

	private final OfficialRepository officials;

	private final MeetingRepository meetings;

	private final Counterparts counterparts;

	OfficialPageController(OfficialRepository officials, MeetingRepository meetings, Counterparts counterparts) {
		this.officials = officials;
		this.meetings = meetings;
		this.counterparts = counterparts;
	}

	@GetMapping("/officials")
	String list(Model model) {
		// Private persons are on record as people, never among a country's officials.
		Map<Boolean, List<Official>> byStanding = this.officials.findAllWithPositions()
			.stream()
			.sorted(Comparator.comparing(Official::getCountry, Sides.ORDER))
			.collect(Collectors.partitioningBy(Official::isPrivatePerson));
		Map<Long, LocalDate> lastContacts = this.meetings.findLatestContactDays()
			.stream()
			.collect(Collectors.toMap(MeetingRepository.LatestContact::getOfficialId,
					MeetingRepository.LatestContact::getDay));
		Map<Long, Tenure> latestTenures = new HashMap<>();
		byStanding.get(false)
			.forEach(official -> latestTenures.put(official.getId(),
					Tenure.latest(official, lastContacts.get(official.getId()))));
		model.addAttribute("officials", byStanding.get(false));
		model.addAttribute("latestTenures", latestTenures);
		model.addAttribute("privatePersons", byStanding.get(true));
		return "dossier/officials";
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
		List<Participant> participations = this.meetings.findParticipations(id);
		model.addAttribute("official", official);
		model.addAttribute("tenures", Tenure.of(official, participations));
		model.addAttribute("participations", participations);
		model.addAttribute("counterparts", this.counterparts.of(id));
		return "dossier/official";
	}

}
