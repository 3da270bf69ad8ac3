package dev.readout.channel;

import java.util.List;

import dev.readout.web.IsoDate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The channels of contact in the JSON API, as the channels page shows them. */
@RestController
@Tag(name = "Channels")
class ChannelApiController {

	private final ChannelHealth health;

	ChannelApiController(ChannelHealth health) {
		this.health = health;
	}

	@GetMapping("/api/v1/channels")
	@Operation(summary = "Each channel of contact: its status, its last contact held and whether it is dormant")
	List<ChannelJson> channels() {
		return this.health.channels().stream().map(ChannelJson::of).toList();
	}

	/**
	 * A channel as the API gives it.
	 *
	 * @param lastContactId the latest contact held on it, or null when none is on record
	 * @param dormant open, with no contact on record for longer than
	 * {@code dormantAfterMonths}
	 */
	@Schema(name = "Channel")
	record ChannelJson(long id, String name, ChannelStatus status, @Schema(nullable = true) IsoDate statusSince,
			@Schema(nullable = true) Long lastContactId, @Schema(nullable = true) IsoDate lastContactDate,
			long contactsPastYear, long planned, int dormantAfterMonths, boolean dormant) {

		static ChannelJson of(ChannelHealth.State state) {
			return new ChannelJson(state.id(), state.name(), state.status(),
					(state.statusSince() != null) ? IsoDate.of(state.statusSince()) : null,
					(state.last() != null) ? state.last().id() : null,
					(state.last() != null) ? IsoDate.of(state.last().date()) : null, state.pastYear(), state.planned(),
					state.dormantAfterMonths(), state.isDormant());
		}

	}

}
