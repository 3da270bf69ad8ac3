package dev.readout.account;

import dev.readout.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

@PageTest
class SessionStoreTests {

	@Autowired
	JdbcIndexedSessionRepository repository;

	@Test
	void twoRequestsOfOneSessionMayAddTheSameAttribute() {
		SessionRepository<Session> sessions = sessions();
		Session created = sessions.createSession();
		sessions.save(created);
		Session firstTab = sessions.findById(created.getId());
		Session secondTab = sessions.findById(created.getId());
		firstTab.setAttribute("token", "first");
		secondTab.setAttribute("token", "second");

		sessions.save(firstTab);
		sessions.save(secondTab);

		assertThat((String) sessions.findById(created.getId()).getAttribute("token")).isEqualTo("second");
		sessions.deleteById(created.getId());
	}

	/** The repository's session type is not public; its sessions are used as Sessions. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private SessionRepository<Session> sessions() {
		return (SessionRepository) this.repository;
	}

}
