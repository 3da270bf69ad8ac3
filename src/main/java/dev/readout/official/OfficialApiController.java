package dev.readout.official;

import dev.readout.web.ApiPage;
import dev.readout.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Officials and their positions over time in the JSON API. */
@RestController
@Tag(name = "Officials")
class OfficialApiController {

	private final OfficialRepository officials;

	OfficialApiController(OfficialRepository officials) {
		this.officials = officials;
	}

	@GetMapping("/api/v1/officials")
	@Operation(summary = "Officials by name, with the positions they have held")
	ApiPage<OfficialJson> officials(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
		Slice<Long> ids = this.officials.findIdsByName(PageRequest.of(page, size));
		return ApiPage.numbered(ids,
				this.officials.findWithPositions(ids.getContent()).stream().map(OfficialJson::of).toList());
	}

	@GetMapping("/api/v1/officials/{id}")
	@Operation(summary = "An official with the positions they have held")
	OfficialJson official(@PathVariable long id) {
		return OfficialJson
			.of(this.officials.findWithPositions(id).orElseThrow(() -> new NotFoundException("Official", id)));
	}

}
