package org.sinosoviet.timeline.era;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface EraRepository extends Repository<Era, Long> {

	List<Era> findAllByOrderBySequenceNo();

	Optional<Era> findBySlug(String slug);

}
