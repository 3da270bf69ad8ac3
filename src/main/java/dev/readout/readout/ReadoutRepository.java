package dev.readout.readout;

import dev.readout.vocabulary.StatementKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.readout.source.SourceUse;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReadoutRepository extends JpaRepository<Readout, Long> {

	@Query("""
			select r from Readout r join fetch r.meeting left join fetch r.characterisations left join fetch r.sources
			left join fetch r.topics where r.id = :id""")
	Optional<Readout> findWithMeeting(long id);

	/** Brings a deleted readout back; 0 when there is no deleted readout with this id. */
	@Modifying
	@Query(nativeQuery = true,
			value = "update readout set deleted_at = null, deleted_by = null where id = :id and deleted_at is not null")
	int restore(long id);

	@Query(nativeQuery = true, value = """
			select r.id, r.meeting_id as meetingId, m.deleted_at is not null as meetingDeleted, r.side, r.title,
			    r.deleted_at as deletedAt, r.deleted_by as deletedBy
			from readout r join meeting m on m.id = r.meeting_id
			where r.deleted_at is not null order by r.deleted_at desc""")
	List<DeletedReadout> findDeleted();

	interface DeletedReadout {

		Long getId();

		Long getMeetingId();

		/** Whether its meeting is deleted too, and the statement returns with it. */
		boolean isMeetingDeleted();

		String getSide();

		String getTitle();

		Instant getDeletedAt();

		String getDeletedBy();

	}

	/** The readouts of a meeting with everything they say and cite. */
	@Query("""
			select distinct r from Readout r left join fetch r.characterisations left join fetch r.topics
			left join fetch r.sources where r.meeting.id = :meetingId order by r.publishedOn, r.id""")
	List<Readout> findByMeeting(long meetingId);

	@Query("""
			select new dev.readout.source.SourceUse(r.id, s.id) from Readout r join r.sources s
			where r.meeting.id = :meetingId order by r.id, s.publishedOn, s.id""")
	List<SourceUse> findSourceUses(long meetingId);

	/**
	 * The official readouts of these meetings per side; transcripts, remarks and other
	 * statements are not counted as readouts.
	 */
	@Query("""
			select new dev.readout.readout.ReadoutCount(r.meeting.id, r.side, count(r)) from Readout r
			where r.meeting.id in :meetingIds and r.kind = dev.readout.vocabulary.StatementKind.READOUT
			group by r.meeting.id, r.side""")
	List<ReadoutCount> countByMeetingAndSide(Collection<Long> meetingIds);

}
