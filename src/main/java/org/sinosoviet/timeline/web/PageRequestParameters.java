package org.sinosoviet.timeline.web;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Which page of a list a client asks for. {@code page} counts from 0; {@code size} defaults to 50 and
 * a larger size than 200 is served as 200 (the page metadata shows the size used).
 */
public record PageRequestParameters(
		@Parameter(description = "Page number, from 0 to 10,000,000.", example = "0") @Min(value = 0,
				message = "must be 0 or more") @Max(value = MAX_PAGE,
						message = "must be at most " + MAX_PAGE) Integer page,
		@Parameter(description = "Page size, 1 to 200 (default 50); larger sizes are served as 200.",
				example = "50") @Min(value = 1, message = "must be 1 or more") Integer size) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 200;

	/** The last page anyone could ask for: its first element's position still fits the database's paging. */
	public static final int MAX_PAGE = 10_000_000;

	/*
	 * Written out, so that the constructor's parameters carry none of the components' annotations (the fields
	 * keep them, for validation and the API description): Spring MVC binds the query string through this
	 * constructor and reads its parameters' annotations anew on every request, as for EventFilter.
	 */
	public PageRequestParameters(Integer page, Integer size) {
		this.page = page;
		this.size = size;
	}

	/** Whether the client asked for a particular page at all. */
	public boolean isRequested() {
		return page != null || size != null;
	}

	public PageRequest toPageRequest(Sort sort) {
		int number = page == null ? 0 : page;
		int used = size == null ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		return PageRequest.of(number, used, sort);
	}

}
