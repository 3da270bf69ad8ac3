package dev.readout.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.readout.source.SourceUse;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgreementRepository extends JpaRepository<Agreement, Long> {

	@Query("select a from Agreement a join fetch a.meeting left join fetch a.history where a.id = :id")
	Optional<Agreement> findWithHistory(long id);

	/**
	 * Every agreement with its meeting, history and evidence, optionally of one status
	 * and of meetings on one topic, in one query.
	 */
	@Query("""
			select distinct a from Agreement a join fetch a.meeting m left join fetch a.history h left join fetch h.source
			where (:status is null or a.status = :status)
			  and (:topicId is null or exists (select 1 from Meeting tm join tm.topics t where tm = m and t.id = :topicId))
			order by m.localStart desc, a.id""")
	List<Agreement> findForTracker(AgreementStatus status, Long topicId);

	@Query("select a from Agreement a left join fetch a.history where a.meeting.id = :meetingId order by a.id")
	List<Agreement> findByMeeting(long meetingId);

	/** The agreements of these meetings, with their meetings, in the meetings' order. */
	@Query("""
			select a from Agreement a join fetch a.meeting m where m.id in :meetingIds
			order by m.localStart, m.id, a.id""")
	List<Agreement> findByMeetings(Collection<Long> meetingIds);

	@Query("""
			select new dev.readout.source.SourceUse(a.id, s.id) from Agreement a join a.sources s
			where a.meeting.id = :meetingId order by a.id, s.publishedOn, s.id""")
	List<SourceUse> findSourceUses(long meetingId);

	/** The sources cited for these agreements themselves, by agreement. */
	@Query("select new dev.readout.source.SourceUse(a.id, s.id) from Agreement a join a.sources s where a.id in :ids")
	List<SourceUse> findSourceUsesOf(Collection<Long> ids);

	@Query("""
			select new dev.readout.agreement.AgreementCount(a.meeting.id, count(a)) from Agreement a
			where a.meeting.id in :meetingIds group by a.meeting.id""")
	List<AgreementCount> countByMeeting(Collection<Long> meetingIds);

}
