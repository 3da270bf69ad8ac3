package dev.readout.readout;

import dev.readout.audit.Revision;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import dev.readout.meeting.MeetingRepository;
import dev.readout.web.IfMatch;
import dev.readout.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Readouts in the JSON API. Each readout carries its version as its ETag; a change must
 * name the version it was made from in {@code If-Match}.
 */
@RestController
@Tag(name = "Readouts")
class ReadoutApiController {

	private final ReadoutEditor editor;

	private final ReadoutRepository readouts;

	private final MeetingRepository meetings;

	private final SpringValidatorAdapter validator;

	ReadoutApiController(ReadoutEditor editor, ReadoutRepository readouts, MeetingRepository meetings,
			Validator validator) {
		this.editor = editor;
		this.readouts = readouts;
		this.meetings = meetings;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@GetMapping("/api/v1/meetings/{id}/readouts")
	@Operation(summary = "Each side's readouts of a meeting")
	List<ReadoutJson> ofMeeting(@PathVariable long id) {
		if (!this.meetings.existsById(id)) {
			throw new NotFoundException("Meeting", id);
		}
		return this.readouts.findByMeeting(id).stream().map(ReadoutJson::of).toList();
	}

	@GetMapping("/api/v1/readouts/{id}")
	@Operation(summary = "A readout; its ETag is the version to send as If-Match when changing it")
	ResponseEntity<ReadoutJson> readout(@PathVariable long id) {
		return withVersion(ResponseEntity.ok(), this.editor.find(id));
	}

	@PostMapping("/api/v1/meetings/{id}/readouts")
	@Operation(summary = "Add a readout to a meeting", security = @SecurityRequirement(name = "token"))
	@ApiResponse(responseCode = "201", description = "Added; Location names the new readout")
	ResponseEntity<ReadoutJson> add(@PathVariable long id, @RequestBody ReadoutRequest request) throws BindException {
		Readout readout = this.editor.add(id, checked(request.toForm(null)));
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/readouts/{id}")
			.buildAndExpand(readout.getId())
			.toUri();
		return withVersion(ResponseEntity.created(location), readout);
	}

	@PutMapping("/api/v1/readouts/{id}")
	@Operation(summary = "Change a readout, from the version named in If-Match",
			security = @SecurityRequirement(name = "token"))
	@ApiResponse(responseCode = "200", description = "Changed; the new ETag is the new version")
	@ApiResponse(responseCode = "412", description = "Someone else changed it since that version; nothing saved")
	@ApiResponse(responseCode = "428", description = "If-Match is missing; nothing saved")
	ResponseEntity<ReadoutJson> revise(@PathVariable long id,
			@Parameter(description = "The ETag of the version changed, e.g. \"3\"",
					required = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ReadoutRequest request) throws BindException {
		Integer version = IfMatch.version(ifMatch);
		Integer from = (version != null) ? version : this.editor.find(id).getVersion();
		Revision<Readout> revision = this.editor.revise(id, checked(request.toForm(from)));
		if (!revision.saved()) {
			throw IfMatch.stale(from, revision.record().getVersion());
		}
		return withVersion(ResponseEntity.ok(), revision.record());
	}

	private ReadoutForm checked(ReadoutForm form) throws BindException {
		BindingResult result = new BeanPropertyBindingResult(form, "readout");
		this.validator.validate(form, result);
		// The API adds no source of its own: a readout cites sources on record.
		form.rejectInconsistencies(result, Optional.empty());
		if (result.hasErrors()) {
			throw new BindException(result);
		}
		return form;
	}

	private static ResponseEntity<ReadoutJson> withVersion(ResponseEntity.BodyBuilder response, Readout readout) {
		return response.eTag(String.valueOf(readout.getVersion())).body(ReadoutJson.of(readout));
	}

}
