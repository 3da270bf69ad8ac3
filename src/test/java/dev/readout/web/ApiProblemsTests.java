package dev.readout.web;

import java.util.Locale;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error of the JSON API as a problem document a script can act on, whichever layer
 * raised it: a record not found, a conflict noticed at commit or as the change was
 * flushed, input refused field by field with the forms' messages, a body or parameter it
 * cannot read.
 */
class ApiProblemsTests {

	private final MockMvcTester mvc = mvc();

	@Test
	void answersARecordNotFoundWith404() {
		assertThat(this.mvc.get().uri("/api/v1/things/7")).hasStatus(404)
			.contentType()
			.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void answersAConflictTheSameWayWhetherNoticedAtCommitOrAsTheChangeWasFlushed() {
		for (String when : new String[] { "commit", "flush" }) {
			assertThat(this.mvc.post().uri("/api/v1/things/conflict-at-" + when)).as(when)
				.hasStatus(412)
				.bodyJson()
				.extractingPath("$.detail")
				.asString()
				.startsWith("Someone else saved this record at the same moment");
		}
	}

	@Test
	void refusesInputFieldByFieldWithTheFormsMessages() {
		assertThat(this.mvc.post()
			.uri("/api/v1/things")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.asString()
			.isEqualTo("name");
	}

	@Test
	void refusesABodyOrParameterItCannotReadAsAProblem() {
		assertThat(this.mvc.post().uri("/api/v1/things").contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.hasStatus(400)
			.contentType()
			.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/v1/things/seven")).hasStatus(400)
			.contentType()
			.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private static MockMvcTester mvc() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setDefaultLocale(Locale.ENGLISH);
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.afterPropertiesSet();
		return MockMvcTester.create(MockMvcBuilders.standaloneSetup(new Things())
			.setControllerAdvice(new ApiProblems(messages))
			.setValidator(validator)
			.build());
	}

	record Thing(@NotBlank @Size(max = 10) String name) {
	}

	@RestController
	static class Things {

		@GetMapping("/api/v1/things/{id}")
		Thing thing(@PathVariable long id) {
			throw new NotFoundException("Thing", id);
		}

		@PostMapping("/api/v1/things")
		Thing add(@Valid @RequestBody Thing thing) {
			return thing;
		}

		@PostMapping("/api/v1/things/conflict-at-commit")
		void atCommit() {
			throw new OptimisticLockingFailureException("Row was updated by another transaction");
		}

		@PostMapping("/api/v1/things/conflict-at-flush")
		void atFlush() {
			throw new OptimisticLockException("Row was updated by another transaction");
		}

	}

}
