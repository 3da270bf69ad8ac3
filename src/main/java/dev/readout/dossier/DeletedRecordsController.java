package dev.readout.dossier;

import dev.readout.readout.ReadoutRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.readout.meeting.MeetingRepository;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Admins see deleted meetings and readouts, with who deleted them and when, and can bring
 * them back.
 */
@Controller
class DeletedRecordsController {

	private final ReadoutRepository readouts;

	private final MeetingRepository meetings;

	DeletedRecordsController(ReadoutRepository readouts, MeetingRepository meetings) {
		this.readouts = readouts;
		this.meetings = meetings;
	}

	@GetMapping("/admin/deleted")
	String list(Model model) {
		Stream<DeletedRecord> meetings = this.meetings.findDeleted()
			.stream()
			.map(meeting -> new DeletedRecord("MEETING", meeting.getTitle(), null, false, meeting.getDeletedAt(),
					meeting.getDeletedBy(), "/admin/deleted/meetings/" + meeting.getId() + "/restore"));
		Stream<DeletedRecord> readouts = this.readouts.findDeleted()
			.stream()
			.map(readout -> new DeletedRecord("READOUT", readout.getTitle(),
					readout.isMeetingDeleted() ? null : "/meetings/" + readout.getMeetingId(),
					readout.isMeetingDeleted(), readout.getDeletedAt(), readout.getDeletedBy(),
					"/admin/deleted/readouts/" + readout.getId() + "/restore"));
		model.addAttribute("records",
				Stream.concat(meetings, readouts)
					.sorted(Comparator.comparing(DeletedRecord::deletedAt).reversed())
					.toList());
		return "dossier/deleted";
	}

	/**
	 * A deleted meeting or readout as the admin page lists it.
	 *
	 * @param kind the audit subject type, which also names it on the page
	 * @param context where the record belonged (a readout's meeting), or null
	 * @param meetingDeletedToo a readout whose meeting is deleted too, which comes back
	 * with its meeting
	 */
	record DeletedRecord(String kind, String title, String context, boolean meetingDeletedToo, Instant deletedAt,
			String deletedBy, String restoreAction) {
	}

}
