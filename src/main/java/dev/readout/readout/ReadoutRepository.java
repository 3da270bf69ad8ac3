package dev.readout.readout;

import java.util.Collection;
import java.util.List;

import dev.readout.source.SourceUse;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReadoutRepository extends JpaRepository<Readout, Long> {

	@Query("""
			select r from Readout r left join fetch r.characterisations
			where r.meeting.id = :meetingId order by r.publishedOn, r.id""")
	List<Readout> findByMeeting(long meetingId);

	@Query("""
			select new dev.readout.source.SourceUse(r.id, s.id) from Readout r join r.sources s
			where r.meeting.id = :meetingId order by r.id, s.publishedOn, s.id""")
	List<SourceUse> findSourceUses(long meetingId);

	@Query("""
			select new dev.readout.readout.ReadoutCount(r.meeting.id, r.side, count(r)) from Readout r
			where r.meeting.id in :meetingIds group by r.meeting.id, r.side""")
	List<ReadoutCount> countByMeetingAndSide(Collection<Long> meetingIds);

}
