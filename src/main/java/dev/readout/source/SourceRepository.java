package dev.readout.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SourceRepository extends JpaRepository<Source, Long> {

	@Query("select s from Source s left join fetch s.copyOf order by s.publishedOn desc nulls last, s.id desc")
	List<Source> findAllWithOriginals();

	/** A source whose address names the same article (see {@link WebAddress}). */
	Optional<Source> findFirstByUrlKeyOrderById(String urlKey);

	/** Sources recorded before addresses had keys. */
	@Query("select s from Source s where s.url is not null and s.urlKey is null")
	List<Source> findWithoutUrlKey();

	Slice<Source> findAllByOrderByIdDesc(Pageable page);

	/**
	 * The sources added last: what an analyst recording a new meeting most likely cites.
	 */
	List<Source> findFirst20ByOrderByIdDesc();

	/** The copies on record of a source. */
	List<Source> findByCopyOfIdOrderById(long originalId);

	@Query("select s from Source s left join fetch s.copyOf where s.id in :ids")
	List<Source> findAllWithOriginals(Collection<Long> ids);

	/**
	 * The sources an analyst is likely to cite on a meeting's forms: those already cited
	 * for the meeting, its readouts or its agreements, and the latest sources added to
	 * the record.
	 */
	@Query(nativeQuery = true, value = """
			select * from source where id in (
			    select source_id from meeting_source where meeting_id = :meetingId
			    union select rs.source_id from readout_source rs join readout_on_record r on r.id = rs.readout_id
			          where r.meeting_id = :meetingId
			    union select ags.source_id from agreement_source ags join agreement a on a.id = ags.agreement_id
			          where a.meeting_id = :meetingId
			    union (select id from source order by id desc limit 20))
			order by published_on desc nulls last, id desc""")
	List<Source> findCitableForMeeting(long meetingId);

}
