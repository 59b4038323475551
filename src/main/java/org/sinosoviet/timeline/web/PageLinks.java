package org.sinosoviet.timeline.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * RFC 8288 {@code Link} headers for a paged list: {@code first}, {@code prev}, {@code next} and
 * {@code last}, each the request's own URI with only {@code page} changed. The targets are relative
 * references (path and query), so they stay right behind a proxy or load balancer that rewrites the
 * host.
 */
public final class PageLinks {

	private PageLinks() {
	}

	public static <T> ResponseEntity<PagedList<T>> ok(Page<T> page) {
		return ResponseEntity.ok().headers(headersFor(page)).body(PagedList.of(page));
	}

	/** One page of a list already held in memory. */
	public static <T> Page<T> pageOf(List<T> all, Pageable pageable) {
		int from = (int) Math.min(pageable.getOffset(), all.size());
		int to = Math.min(from + pageable.getPageSize(), all.size());
		return new PageImpl<>(all.subList(from, to), pageable, all.size());
	}

	public static HttpHeaders headersFor(Page<?> page) {
		HttpHeaders headers = new HttpHeaders();
		String link = linkHeader(ServletUriComponentsBuilder.fromCurrentRequest().scheme(null).host(null).port(-1), page);
		if (!link.isEmpty()) {
			headers.add(HttpHeaders.LINK, link);
		}
		return headers;
	}

	static String linkHeader(UriComponentsBuilder request, Page<?> page) {
		List<String> links = new ArrayList<>();
		int last = Math.max(page.getTotalPages() - 1, 0);
		links.add(link(request, 0, "first"));
		if (page.getNumber() > 0) {
			links.add(link(request, Math.min(page.getNumber() - 1, last), "prev"));
		}
		if (page.getNumber() < last) {
			links.add(link(request, page.getNumber() + 1, "next"));
		}
		links.add(link(request, last, "last"));
		return String.join(", ", links);
	}

	private static String link(UriComponentsBuilder request, int page, String relation) {
		String uri = request.cloneBuilder().replaceQueryParam("page", page).build(false).toUriString();
		return "<" + uri + ">; rel=\"" + relation + "\"";
	}

}
