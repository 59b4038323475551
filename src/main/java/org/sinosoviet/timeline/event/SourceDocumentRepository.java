package org.sinosoviet.timeline.event;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface SourceDocumentRepository extends Repository<SourceDocument, Long> {

	List<SourceDocument> findAll();

}
