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

	@Query("select a from Agreement a left join fetch a.history where a.meeting.id = :meetingId order by a.id")
	List<Agreement> findByMeeting(long meetingId);

	@Query("""
			select new dev.readout.source.SourceUse(a.id, s.id) from Agreement a join a.sources s
			where a.meeting.id = :meetingId order by a.id, s.publishedOn, s.id""")
	List<SourceUse> findSourceUses(long meetingId);

	@Query("""
			select new dev.readout.agreement.AgreementCount(a.meeting.id, count(a)) from Agreement a
			where a.meeting.id in :meetingIds group by a.meeting.id""")
	List<AgreementCount> countByMeeting(Collection<Long> meetingIds);

}
