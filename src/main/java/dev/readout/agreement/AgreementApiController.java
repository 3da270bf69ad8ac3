package dev.readout.agreement;

import java.util.List;
import java.util.Map;

import dev.readout.source.SourceUse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agreement tracker in the JSON API. */
@RestController
@Tag(name = "Agreements")
class AgreementApiController {

	private final AgreementRepository agreements;

	AgreementApiController(AgreementRepository agreements) {
		this.agreements = agreements;
	}

	@GetMapping("/api/v1/agreements")
	@Operation(summary = "Every commitment across meetings with its dated history, newest meeting first")
	List<AgreementJson> agreements(@RequestParam(required = false) AgreementStatus status, @Parameter(
			description = "Only agreements of meetings on this topic") @RequestParam(required = false) Long topic) {
		List<Agreement> tracked = this.agreements.findForTracker(status, topic);
		// A second statement rather than a second collection fetched with the history.
		Map<Long, List<Long>> sources = SourceUse
			.byCitingRecord(this.agreements.findSourceUsesOf(tracked.stream().map(Agreement::getId).toList()));
		return tracked.stream()
			.map(agreement -> AgreementJson.of(agreement, sources.getOrDefault(agreement.getId(), List.of())))
			.toList();
	}

}
