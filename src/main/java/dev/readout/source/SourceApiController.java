package dev.readout.source;

import java.net.URI;

import dev.readout.web.ApiPage;
import dev.readout.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The sources the record cites, in the JSON API. */
@RestController
@Tag(name = "Sources")
class SourceApiController {

	private final SourceRepository sources;

	private final SourceEditor editor;

	private final CopyCandidates candidates;

	private final SpringValidatorAdapter validator;

	SourceApiController(SourceRepository sources, SourceEditor editor, CopyCandidates candidates, Validator validator) {
		this.sources = sources;
		this.editor = editor;
		this.candidates = candidates;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@PostMapping("/api/v1/sources")
	@Operation(summary = "Add a source with its article's text; the answer lists the copies and editions of it "
			+ "found on record", security = @SecurityRequirement(name = "token"))
	@ApiResponse(responseCode = "201", description = "Added; Location names the new source")
	ResponseEntity<NewSourceJson> add(@RequestBody SourceRequest request) throws BindException {
		SourceForm form = request.toForm();
		BindingResult result = new BeanPropertyBindingResult(form, "source");
		this.validator.validate(form, result);
		form.rejectInconsistencies(result, null, this.editor.onRecord(form));
		if (result.hasErrors()) {
			throw new BindException(result);
		}
		Source source = this.editor.create(form);
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/sources/{id}")
			.buildAndExpand(source.getId())
			.toUri();
		return ResponseEntity.created(location)
			.body(new NewSourceJson(SourceJson.of(source),
					this.candidates.of(source.getId()).stream().map(NewSourceJson.Candidate::of).toList()));
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
