package org.sinosoviet.timeline.dataset;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface EraRepository extends Repository<Era, Long> {

	@EntityGraph(attributePaths = "leaders")
	List<Era> findAllByOrderBySequenceNo();

	@EntityGraph(attributePaths = "leaders")
	Optional<Era> findBySlug(String slug);

	/** The eras in order, with what they know about dates and slugs. */
	default Eras all() {
		return new Eras(findAllByOrderBySequenceNo());
	}

}
