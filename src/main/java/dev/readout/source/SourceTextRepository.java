package dev.readout.source;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SourceTextRepository extends JpaRepository<SourceText, Long> {

}
