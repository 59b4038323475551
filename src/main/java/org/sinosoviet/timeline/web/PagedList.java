package org.sinosoviet.timeline.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/**
 * A page of a list, shaped the way Spring Data pages are serialized:
 * {@code {"content": [...], "page": {"size", "number", "totalElements", "totalPages"}}}.
 */
public record PagedList<T>(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<T> content, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageMetadata page) {

	public static <T> PagedList<T> of(Page<T> page) {
		return new PagedList<>(page.getContent(),
				new PageMetadata(page.getSize(), page.getNumber(), page.getTotalElements(), page.getTotalPages()));
	}

	public record PageMetadata(int size, int number, long totalElements, int totalPages) {
	}

}
