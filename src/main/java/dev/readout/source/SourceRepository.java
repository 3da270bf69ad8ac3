package dev.readout.source;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SourceRepository extends JpaRepository<Source, Long> {

	@Query("select s from Source s left join fetch s.copyOf where s.id in :ids")
	List<Source> findAllWithOriginals(Collection<Long> ids);

}
