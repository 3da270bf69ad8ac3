package dev.readout.web;

import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two saves of one record at the same instant: whichever layer notices the conflict, the
 * analyst whose save lost gets the 409 page, not a server error.
 */
class ConcurrentSaveHandlerTests {

	private final MockMvcTester mvc = MockMvcTester
		.create(MockMvcBuilders.standaloneSetup(new Saves()).setControllerAdvice(new ConcurrentSaveHandler()).build());

	@Test
	void answersAConflictNoticedAtCommitWith409() {
		assertThat(this.mvc.post().uri("/noticed-at-commit")).hasStatus(409);
	}

	@Test
	void answersAConflictNoticedAsTheEditorFlushesWith409() {
		assertThat(this.mvc.post().uri("/noticed-at-flush")).hasStatus(409);
	}

	@RestController
	static class Saves {

		@PostMapping("/noticed-at-commit")
		void atCommit() {
			throw new OptimisticLockingFailureException("Row was updated by another transaction");
		}

		@PostMapping("/noticed-at-flush")
		void atFlush() {
			throw new OptimisticLockException("Row was updated by another transaction");
		}

	}

}
