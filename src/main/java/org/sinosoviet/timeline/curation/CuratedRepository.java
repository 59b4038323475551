package org.sinosoviet.timeline.curation;

import java.util.Optional;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/** What a {@link RepositoryEditor} needs of a curated resource's repository. */
@NoRepositoryBean
public interface CuratedRepository<E extends Curated> extends Repository<E, Long> {

	Optional<E> findBySlug(String slug);

	E saveAndFlush(E resource);

	void delete(E resource);

	void flush();

}
