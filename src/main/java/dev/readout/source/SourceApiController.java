package dev.readout.source;

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

/** The sources the record cites, in the JSON API. */
@RestController
@Tag(name = "Sources")
class SourceApiController {

	private final SourceRepository sources;

	SourceApiController(SourceRepository sources) {
		this.sources = sources;
	}

	@GetMapping("/api/v1/sources")
	@Operation(summary = "Sources, the latest added first; a copy names the source it copies")
	ApiPage<SourceJson> sources(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
		Slice<Source> sources = this.sources.findAllByOrderByIdDesc(PageRequest.of(page, size));
		return ApiPage.numbered(sources, sources.map(SourceJson::of).getContent());
	}

	@GetMapping("/api/v1/sources/{id}")
	@Operation(summary = "A source")
	SourceJson source(@PathVariable long id) {
		return SourceJson.of(this.sources.findById(id).orElseThrow(() -> new NotFoundException("Source", id)));
	}

}
